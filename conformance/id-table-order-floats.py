# Sets (and 2.7 dicts) keyed by floats iterate in hash-table order: _Py_HashDouble is deterministic
# (3.x: the value reduced mod 2**61 - 1; 2.7: frexp's mantissa halves plus the exponent).
import gc
gc.collect()
print(hash(1.5), hash(-1.0), hash(0.1), hash(1e300), hash(-2.5), hash(float('inf')), hash(-float('inf')))
print(hash(2.0 ** 70), hash(1e-300), hash(0.5), hash(-0.0), hash(3.0), hash(1e20))
print({1.5, 2.5, 0.1, 3.25})
s = set()
for i in range(1, 20):
    s.add(i / 4.0)
print(list(s))
s.discard(1.25)
s.discard(2.0)
s.add(0.3)
print(list(s))
mixed = set([0.5, 1, 2.0, 3, 1e16, 7.75, -3.5, 100.125])
print(list(mixed))
d = {}
for x in [0.1, 0.2, 0.3, 1.5, -1.5, 2.75, 1e10, 1e-5]:
    d[x] = round(x * 2, 3)
print(list(d.items()))
del d[1.5]
d[9.5] = 0
print(list(d))
