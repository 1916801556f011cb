# Sets (and 2.7 dicts) keyed by tuples iterate in hash-table order: tuplehash is deterministic
# (3.8+: xxHash-based; 2.7: the multiplier algorithm), so the order is CPython's.
import gc
gc.collect()
print(hash((1, 2)), hash(()), hash((1,)), hash(((1, 2), (3, 4))), hash((-1, -2)), hash((0, True, False)))
print({(1, 2), (3, 0)})
s = set()
for i in range(6):
    for j in range(3):
        s.add((i, j))
print(list(s))
s.discard((2, 1))
s.discard((0, 0))
s.add((9, 9))
s.add((7,))
print(list(s))
pairs = set([(i, -i) for i in range(12)])
print(list(pairs))
nested = set([((i,), (i, i + 1)) for i in range(8)])
print(list(nested))
d = {}
for i in range(10):
    d[(i % 3, i)] = i
print(list(d.items()))
del d[(1, 4)]
d[(2, 20)] = 20
print(list(d.keys()))
print(set([(), (0,), (0, 0), (0, 0, 0), (1 << 40, 5)]))
