from __future__ import print_function
# Sets (every version) and 2.7 dicts iterate in hash-table slot order; ints hash to themselves.
print({3, 1, 2, 10, 8})
print({33, 1, 65, 17, 100, 3, 260, 9, 41})
s = set()
for i in [5, 17, 1, 33, 49, 2, 18]:
    s.add(i)
print(s, list(s))
print(set(range(20, 0, -3)), {-1, -2, 7, 0, True})
d = {}
for k in [10, 2, 18, 34, 7, 64, 100]:
    d[k] = str(k)
print(sorted(d.items()) == sorted(d.items()), list(d.keys())[:3] if len(d) else None)
print(d)
print({k: k * k for k in [40, 8, 16, 3]})
print([x for x in {1000, 24, 8, 512}])
