# 2.7: a dict display of more than five items starts presized (BUILD_MAP n: _PyDict_NewPresized),
# so its table can be larger than inserting the items into a new dict makes it.
import gc
gc.collect()
d = {0: 0, 32: 1, 64: 2, 96: 3, 1: 4, 33: 5, 65: 6, 97: 7, 2: 8, 34: 9, 66: 10}
print(d.keys())
e = {(1, 2): 0, (3, 4): 1, 1.5: 2, 2.5: 3, 16: 4, 48: 5, 80: 6, 112: 7, 'a': 8, 'bc': 9, 'q': 10, 'zz': 11}
print(list(e))
f = {'x': 1, 'y': 2, 'z': 3, 'w': 4, 'v': 5, 'u': 6}
print(f)
d = {frozenset([7]): 0, 8.25: 1, frozenset([3]): 2, 'xzy': 3, 'x': 4, (1, 0): 5, frozenset([0]): 6, frozenset([6]): 7, 2.75: 8, frozenset([0]): 9, frozenset([1]): 10, 97: 11, 'axc': 12, 9.5: 13, 'bzc': 14}
print(list(d))
d[0.25] = -1; del d[list(d)[0]]; print(list(d.items()))
d = {136: 0, 9.0: 1, 128: 2, (1, 4): 3, (0, 0): 4, frozenset([1]): 5, 1.75: 6, (3, 0): 7, 0: 8, 'a': 9, 6.25: 10, 6.75: 11, 96: 12, (2, 0): 13, (2, 0): 14, 2.0: 15, 'z': 16, 30: 17, 8.0: 18, 'ybx': 19, frozenset([3]): 20, 'zx': 21}
print(list(d))
d[208] = -1; del d[list(d)[0]]; print(list(d.items()))
d = {296: 0, (0, 1): 1, 'yz': 2, frozenset([1]): 3, 109: 4, 4.25: 5, 160: 6}
print(list(d))
d[(3, 0)] = -1; del d[list(d)[0]]; print(list(d.items()))
d = {298: 0, 'y': 1, (2, 4): 2}
print(list(d))
d[2.25] = -1; del d[list(d)[0]]; print(list(d.items()))
d = {9.25: 0, 'bz': 1, 'by': 2, 'bbz': 3, frozenset([3]): 4, 7.75: 5, frozenset([1]): 6, 1.0: 7, 19: 8, frozenset([4]): 9, 'zxc': 10, 9.75: 11, 4.75: 12, frozenset([2]): 13, 116: 14, 9.0: 15, frozenset([1]): 16, (1, 1): 17, 137: 18}
print(list(d))
d[7.25] = -1; del d[list(d)[0]]; print(list(d.items()))
d = {90: 0, (2, 4): 1, frozenset([2]): 2, 64: 3, 5.5: 4, frozenset([2]): 5, frozenset([0]): 6, 176: 7}
print(list(d))
d[(0, 0)] = -1; del d[list(d)[0]]; print(list(d.items()))
d = {32: 0, (2, 1): 1, 231: 2, frozenset([5]): 3, 64: 4, (2, 0): 5, 1.25: 6, 0.5: 7, 9.25: 8, 192: 9, 9.5: 10, 32: 11, 59: 12, (3, 2): 13, 9.5: 14, 7.25: 15, 8.75: 16, 256: 17, 40: 18, 0.5: 19}
print(list(d))
d['axy'] = -1; del d[list(d)[0]]; print(list(d.items()))
d = {4.25: 0, 152: 1, 'yby': 2, 'zx': 3, 4.0: 4, (3, 2): 5, 'xbb': 6, 3.75: 7, frozenset([5]): 8, 'b': 9, 5.75: 10, 32: 11, (1, 0): 12, 7.75: 13, (1, 3): 14, 8.5: 15, 5.25: 16, frozenset([7]): 17, (0, 0): 18, (4, 0): 19, (4, 2): 20, (4, 0): 21}
print(list(d))
d['xb'] = -1; del d[list(d)[0]]; print(list(d.items()))
d = {(1, 1): 0}
print(list(d))
d[32] = -1; del d[list(d)[0]]; print(list(d.items()))
d = {256: 0, (0, 1): 1, 'cb': 2, 272: 3, 115: 4, (2, 4): 5, frozenset([8]): 6, frozenset([2]): 7, 3.75: 8, 192: 9, 'xb': 10, 280: 11, frozenset([8]): 12, (3, 2): 13, 'z': 14}
print(list(d))
d[124] = -1; del d[list(d)[0]]; print(list(d.items()))
