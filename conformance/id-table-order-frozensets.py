# Frozensets (and True/False) as set and 2.7 dict keys: frozenset_hash mixes the entries' hashes
# independently of order, bools hash as 1 and 0.
import gc
gc.collect()
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset([(1, 2), 0.5])))
print(hash(frozenset([frozenset([1]), frozenset([2])])), hash(True), hash(False))
fs = set()
for i in range(7):
    fs.add(frozenset(range(i)))
print(list(fs))
fs.add(frozenset([True, 10]))
fs.discard(frozenset([0, 1]))
print(list(fs))
print(set([frozenset([i, i * 2]) for i in range(10)]))
b = set([True, 2, False, 5.5, (True,), frozenset([False])])
print(list(b))
d = {}
for i in range(6):
    d[frozenset([i, -i, i * 3])] = i
print(list(d.values()))
print(frozenset([frozenset([3]), (1, 2), 4.25, 8]))
