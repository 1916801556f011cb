# 3.x folds constant operations (2 ** 64, 1 << 70) before it folds a set display of constants into a
# frozenset, so such a display iterates in the merged-frozenset order like any other constant display.
import gc
gc.collect()
print({(1,), (1, 1), (1, 1, 1), (), 2 ** 64})
print({(10.5, -0.0,), 47, (10 ** 20, (7,), 29,), (50.25, -15.75, 4,), 14})
print({1 << 70, 3 * 5, 2 ** 3, 7 // 2, 1.5 * 2, 8 - 9})
x = [2 ** 64, 2 ** 64]
print(x[0] is x[1])
print(5 in {2 ** 2, 5, 2 ** 100})
s = {2 ** 6, 2 ** 7, 2 ** 8, 3, 2 ** 3 + 1}
s.add(17)
print(s)
