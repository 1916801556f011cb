# Sets made by set operations iterate in the slot order CPython's set_merge (copies and presized
# merges), set_intersection, set_difference and set_symmetric_difference leave, not in the order
# adding their items one by one would give.
import gc
gc.collect()
a = set([144, 4.75, (4, 2), -8, 128, 6.5, (4, 0), (1, 1), 16, 32, 48])
b = set([(2, 4), 4, 64, 256, 0.5, 176, 8, -17, (1, 4), 1.0, 1.25, 16])
print(list(a))
print(list(b))
print(list(set(a)), list(frozenset(a)), list(a.copy()))
print(list(a | b))
print(list(a & b), list(b & a))
print(list(a - b), list(b - a))
print(list(a ^ b), list(b ^ a))
print(list(a.union([7, 15, 23])), list(a.intersection([128, 16, 4.75])))
print(list(a.difference([16])), list(a.symmetric_difference([0, 8, 16])))
print(list(set(dict.fromkeys(a))), list(dict.fromkeys(b)))
big = set(range(0, 400, 8))
print(list(big - set([0, 8])))
c = set(a)
c |= b
print(list(c))
c = set(a)
c &= b
print(list(c))
c = set(b)
c -= a
c.add(3)
print(list(c))
c = set(a)
c ^= b
c.add(17)
print(list(c))
c = set([1, 9, 17])
c.update(set([25, 33, 41]))
print(list(c))
c.update({49: 1, 57: 2, 2: 3})
print(list(c))
c.difference_update([9, 25])
c.intersection_update(set(range(0, 60)))
c.symmetric_difference_update([1, 65, 73])
print(list(c))
print(list({1} & {1.0}), list({1.0} & {1, 2}))
d = {}
for k in [(1, 2), 3.5, 8, 16, 24, (0,), 2.25]:
    d[k] = 0
e = dict(d)
e.update({40: 1, 48: 2, 0.5: 3})
print(list(d.copy()), list(e))
