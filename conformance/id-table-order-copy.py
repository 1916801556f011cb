# copy.copy of a set is set.copy (set_merge: a presized table filled in the source's slot order), of
# a 2.7 dict dict(x) (PyDict_Merge); deepcopy rebuilds sets from the copied items in the source's order.
import gc
gc.collect()
import copy
a = set([(i, i % 3) for i in range(12)] + [0.5, 8, 16, 24])
print(list(copy.copy(a)))
print(list(copy.deepcopy(a)))
f = frozenset(a)
print(list(copy.copy(f)), list(copy.deepcopy(f)))
d = dict.fromkeys([8, 16, 24, (1, 2), 2.5, 40], 0)
print(list(copy.copy(d)), list(copy.deepcopy(d)))
print(set(zip([1, 9, 17], [2, 10, 18])), set(map(float, [9, 1, 17])))
print(max(a, key=lambda t: hash(t) % 7), min(set([0.25, 0.5, 8.0])))
s = set([8, 16, 24])
s.clear()
s.update([40, 32, 9])
print(s, s.pop(), s)
