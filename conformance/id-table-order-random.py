from __future__ import print_function
# Random set displays, set.add sequences and dicts of small and large ints (generated once, seed 7).
print({-1, -11, -3, 76, 33, -3, -2})
s = set()
for v in [-1, -11, -3, 76, 33, -3, -2]:
    s.add(v)
print(s)
print(dict.fromkeys([-1, -11, -3, 76, 33, -3, -2], 0))
d = {}
for v in [-1, -11, -3, 76, 33, -3, -2]:
    d[v] = 1
print(list(d))
print({-3, 54, -15, -2, -1, -3, 1308, -8, 52, 1393, 953, 26})
s = set()
for v in [-3, 54, -15, -2, -1, -3, 1308, -8, 52, 1393, 953, 26]:
    s.add(v)
print(s)
print(dict.fromkeys([-3, 54, -15, -2, -1, -3, 1308, -8, 52, 1393, 953, 26], 0))
d = {}
for v in [-3, 54, -15, -2, -1, -3, 1308, -8, 52, 1393, 953, 26]:
    d[v] = 1
print(list(d))
print({167, -1, 37, -5, 311, -15, 1173, -1, 1187, 1720, 40, 1497, 1183})
s = set()
for v in [167, -1, 37, -5, 311, -15, 1173, -1, 1187, 1720, 40, 1497, 1183]:
    s.add(v)
print(s)
print(dict.fromkeys([167, -1, 37, -5, 311, -15, 1173, -1, 1187, 1720, 40, 1497, 1183], 0))
d = {}
for v in [167, -1, 37, -5, 311, -15, 1173, -1, 1187, 1720, 40, 1497, 1183]:
    d[v] = 1
print(list(d))
print({1816, 1926, 1251, 446, 1512, 1877})
s = set()
for v in [1816, 1926, 1251, 446, 1512, 1877]:
    s.add(v)
print(s)
print(dict.fromkeys([1816, 1926, 1251, 446, 1512, 1877], 0))
d = {}
for v in [1816, 1926, 1251, 446, 1512, 1877]:
    d[v] = 1
print(list(d))
print({0, 1809, 570})
s = set()
for v in [0, 1809, 570]:
    s.add(v)
print(s)
print(dict.fromkeys([0, 1809, 570], 0))
d = {}
for v in [0, 1809, 570]:
    d[v] = 1
print(list(d))
print({67, -1, 9, 42, 13, -1, -2})
s = set()
for v in [67, -1, 9, 42, 13, -1, -2]:
    s.add(v)
print(s)
print(dict.fromkeys([67, -1, 9, 42, 13, -1, -2], 0))
d = {}
for v in [67, -1, 9, 42, 13, -1, -2]:
    d[v] = 1
print(list(d))
print({2, 3, 803, 0, 31, 6, 23, -2, -1, -17})
s = set()
for v in [2, 3, 803, 0, 31, 6, 23, -2, -1, -17]:
    s.add(v)
print(s)
print(dict.fromkeys([2, 3, 803, 0, 31, 6, 23, -2, -1, -17], 0))
d = {}
for v in [2, 3, 803, 0, 31, 6, 23, -2, -1, -17]:
    d[v] = 1
print(list(d))
print({304, 1233, 236, 983, -3, 1516, 68, 1947, -2, 47, -1})
s = set()
for v in [304, 1233, 236, 983, -3, 1516, 68, 1947, -2, 47, -1]:
    s.add(v)
print(s)
print(dict.fromkeys([304, 1233, 236, 983, -3, 1516, 68, 1947, -2, 47, -1], 0))
d = {}
for v in [304, 1233, 236, 983, -3, 1516, 68, 1947, -2, 47, -1]:
    d[v] = 1
print(list(d))
print({1, 3, -2, 1650, 409, 25, 15})
s = set()
for v in [1, 3, -2, 1650, 409, 25, 15]:
    s.add(v)
print(s)
print(dict.fromkeys([1, 3, -2, 1650, 409, 25, 15], 0))
d = {}
for v in [1, 3, -2, 1650, 409, 25, 15]:
    d[v] = 1
print(list(d))
print({1958, 24, 209, 691, 59, 1862, 3, 0, 979, -3, 0, -10, -2})
s = set()
for v in [1958, 24, 209, 691, 59, 1862, 3, 0, 979, -3, 0, -10, -2]:
    s.add(v)
print(s)
print(dict.fromkeys([1958, 24, 209, 691, 59, 1862, 3, 0, 979, -3, 0, -10, -2], 0))
d = {}
for v in [1958, 24, 209, 691, 59, 1862, 3, 0, 979, -3, 0, -10, -2]:
    d[v] = 1
print(list(d))
print({1, 40, 50, 2, -7, 35, 515, 3, 531})
s = set()
for v in [1, 40, 50, 2, -7, 35, 515, 3, 531]:
    s.add(v)
print(s)
print(dict.fromkeys([1, 40, 50, 2, -7, 35, 515, 3, 531], 0))
d = {}
for v in [1, 40, 50, 2, -7, 35, 515, 3, 531]:
    d[v] = 1
print(list(d))
print({1863, 1, 33, 1})
s = set()
for v in [1863, 1, 33, 1]:
    s.add(v)
print(s)
print(dict.fromkeys([1863, 1, 33, 1], 0))
d = {}
for v in [1863, 1, 33, 1]:
    d[v] = 1
print(list(d))
print({-2, -20})
s = set()
for v in [-2, -20]:
    s.add(v)
print(s)
print(dict.fromkeys([-2, -20], 0))
d = {}
for v in [-2, -20]:
    d[v] = 1
print(list(d))
print({1, 1139, 1, 41})
s = set()
for v in [1, 1139, 1, 41]:
    s.add(v)
print(s)
print(dict.fromkeys([1, 1139, 1, 41], 0))
d = {}
for v in [1, 1139, 1, 41]:
    d[v] = 1
print(list(d))
print({508, -3, 37, 1, -2, 1, -2, -1, 5, 249})
s = set()
for v in [508, -3, 37, 1, -2, 1, -2, -1, 5, 249]:
    s.add(v)
print(s)
print(dict.fromkeys([508, -3, 37, 1, -2, 1, -2, -1, 5, 249], 0))
d = {}
for v in [508, -3, 37, 1, -2, 1, -2, -1, 5, 249]:
    d[v] = 1
print(list(d))
print({1374, 435, -5, 62, 1808, 1529, 42})
s = set()
for v in [1374, 435, -5, 62, 1808, 1529, 42]:
    s.add(v)
print(s)
print(dict.fromkeys([1374, 435, -5, 62, 1808, 1529, 42], 0))
d = {}
for v in [1374, 435, -5, 62, 1808, 1529, 42]:
    d[v] = 1
print(list(d))
print({883, 862, 188, 692})
s = set()
for v in [883, 862, 188, 692]:
    s.add(v)
print(s)
print(dict.fromkeys([883, 862, 188, 692], 0))
d = {}
for v in [883, 862, 188, 692]:
    d[v] = 1
print(list(d))
print({37, -1, -12, 172, -15, 1547, 1677, 1, 43})
s = set()
for v in [37, -1, -12, 172, -15, 1547, 1677, 1, 43]:
    s.add(v)
print(s)
print(dict.fromkeys([37, -1, -12, 172, -15, 1547, 1677, 1, 43], 0))
d = {}
for v in [37, -1, -12, 172, -15, 1547, 1677, 1, 43]:
    d[v] = 1
print(list(d))
print({-13, 1833, 1299, -10, -12, -1})
s = set()
for v in [-13, 1833, 1299, -10, -12, -1]:
    s.add(v)
print(s)
print(dict.fromkeys([-13, 1833, 1299, -10, -12, -1], 0))
d = {}
for v in [-13, 1833, 1299, -10, -12, -1]:
    d[v] = 1
print(list(d))
print({14, 47, 0, -1, 19, 1, 2, 12})
s = set()
for v in [14, 47, 0, -1, 19, 1, 2, 12]:
    s.add(v)
print(s)
print(dict.fromkeys([14, 47, 0, -1, 19, 1, 2, 12], 0))
d = {}
for v in [14, 47, 0, -1, 19, 1, 2, 12]:
    d[v] = 1
print(list(d))
print({-2, 40, 1677, 1013, 44, -2, 286, -14, 1280, 35, 0, -1, 11})
s = set()
for v in [-2, 40, 1677, 1013, 44, -2, 286, -14, 1280, 35, 0, -1, 11]:
    s.add(v)
print(s)
print(dict.fromkeys([-2, 40, 1677, 1013, 44, -2, 286, -14, 1280, 35, 0, -1, 11], 0))
d = {}
for v in [-2, 40, 1677, 1013, 44, -2, 286, -14, 1280, 35, 0, -1, 11]:
    d[v] = 1
print(list(d))
print({322, 539, 50, 19, -20, 1, 5, -9, -2})
s = set()
for v in [322, 539, 50, 19, -20, 1, 5, -9, -2]:
    s.add(v)
print(s)
print(dict.fromkeys([322, 539, 50, 19, -20, 1, 5, -9, -2], 0))
d = {}
for v in [322, 539, 50, 19, -20, 1, 5, -9, -2]:
    d[v] = 1
print(list(d))
print({-1, 1, 2, -1, -1, 59, 0, 69})
s = set()
for v in [-1, 1, 2, -1, -1, 59, 0, 69]:
    s.add(v)
print(s)
print(dict.fromkeys([-1, 1, 2, -1, -1, 59, 0, 69], 0))
d = {}
for v in [-1, 1, 2, -1, -1, 59, 0, 69]:
    d[v] = 1
print(list(d))
print({44, 3, 2, 9, -3, 0, -3, 1394, 13, 44})
s = set()
for v in [44, 3, 2, 9, -3, 0, -3, 1394, 13, 44]:
    s.add(v)
print(s)
print(dict.fromkeys([44, 3, 2, 9, -3, 0, -3, 1394, 13, 44], 0))
d = {}
for v in [44, 3, 2, 9, -3, 0, -3, 1394, 13, 44]:
    d[v] = 1
print(list(d))
print({2, 40, 13, 1515, 43, 1864, 2, 5, 2, 1, -3, 42})
s = set()
for v in [2, 40, 13, 1515, 43, 1864, 2, 5, 2, 1, -3, 42]:
    s.add(v)
print(s)
print(dict.fromkeys([2, 40, 13, 1515, 43, 1864, 2, 5, 2, 1, -3, 42], 0))
d = {}
for v in [2, 40, 13, 1515, 43, 1864, 2, 5, 2, 1, -3, 42]:
    d[v] = 1
print(list(d))
print({1383, 1057, 39, 50, 35, 1679, 14, -11, 47, 2, -3, 473, 30})
s = set()
for v in [1383, 1057, 39, 50, 35, 1679, 14, -11, 47, 2, -3, 473, 30]:
    s.add(v)
print(s)
print(dict.fromkeys([1383, 1057, 39, 50, 35, 1679, 14, -11, 47, 2, -3, 473, 30], 0))
d = {}
for v in [1383, 1057, 39, 50, 35, 1679, 14, -11, 47, 2, -3, 473, 30]:
    d[v] = 1
print(list(d))
print({923, 852, 247, 664, -2, 1846, 762, 29, 1895})
s = set()
for v in [923, 852, 247, 664, -2, 1846, 762, 29, 1895]:
    s.add(v)
print(s)
print(dict.fromkeys([923, 852, 247, 664, -2, 1846, 762, 29, 1895], 0))
d = {}
for v in [923, 852, 247, 664, -2, 1846, 762, 29, 1895]:
    d[v] = 1
print(list(d))
print({-3, 16})
s = set()
for v in [-3, 16]:
    s.add(v)
print(s)
print(dict.fromkeys([-3, 16], 0))
d = {}
for v in [-3, 16]:
    d[v] = 1
print(list(d))
print({35, 27, 1, 6, 32, 1780})
s = set()
for v in [35, 27, 1, 6, 32, 1780]:
    s.add(v)
print(s)
print(dict.fromkeys([35, 27, 1, 6, 32, 1780], 0))
d = {}
for v in [35, 27, 1, 6, 32, 1780]:
    d[v] = 1
print(list(d))
print({260, 703})
s = set()
for v in [260, 703]:
    s.add(v)
print(s)
print(dict.fromkeys([260, 703], 0))
d = {}
for v in [260, 703]:
    d[v] = 1
print(list(d))
print({0, 0, 65, 62, 1855, 450})
s = set()
for v in [0, 0, 65, 62, 1855, 450]:
    s.add(v)
print(s)
print(dict.fromkeys([0, 0, 65, 62, 1855, 450], 0))
d = {}
for v in [0, 0, 65, 62, 1855, 450]:
    d[v] = 1
print(list(d))
print({-2, 4, 1138, -1, -3, 0, 430, 1540, 15, 1, 7, 818, 35, 0})
s = set()
for v in [-2, 4, 1138, -1, -3, 0, 430, 1540, 15, 1, 7, 818, 35, 0]:
    s.add(v)
print(s)
print(dict.fromkeys([-2, 4, 1138, -1, -3, 0, 430, 1540, 15, 1, 7, 818, 35, 0], 0))
d = {}
for v in [-2, 4, 1138, -1, -3, 0, 430, 1540, 15, 1, 7, 818, 35, 0]:
    d[v] = 1
print(list(d))
print({1983, 0, 39, -7, 46, 1325, -10, -20, -3, -2, 1081, 69, 1, 4})
s = set()
for v in [1983, 0, 39, -7, 46, 1325, -10, -20, -3, -2, 1081, 69, 1, 4]:
    s.add(v)
print(s)
print(dict.fromkeys([1983, 0, 39, -7, 46, 1325, -10, -20, -3, -2, 1081, 69, 1, 4], 0))
d = {}
for v in [1983, 0, 39, -7, 46, 1325, -10, -20, -3, -2, 1081, 69, 1, 4]:
    d[v] = 1
print(list(d))
print({-3, 943, 1719, 47, 0, 63, 2, 33, 65, 69, 742, 13, 138, 5})
s = set()
for v in [-3, 943, 1719, 47, 0, 63, 2, 33, 65, 69, 742, 13, 138, 5]:
    s.add(v)
print(s)
print(dict.fromkeys([-3, 943, 1719, 47, 0, 63, 2, 33, 65, 69, 742, 13, 138, 5], 0))
d = {}
for v in [-3, 943, 1719, 47, 0, 63, 2, 33, 65, 69, 742, 13, 138, 5]:
    d[v] = 1
print(list(d))
print({453, 1949, 383, 33, 56})
s = set()
for v in [453, 1949, 383, 33, 56]:
    s.add(v)
print(s)
print(dict.fromkeys([453, 1949, 383, 33, 56], 0))
d = {}
for v in [453, 1949, 383, 33, 56]:
    d[v] = 1
print(list(d))
print({-17, 33, 0, 20, 1})
s = set()
for v in [-17, 33, 0, 20, 1]:
    s.add(v)
print(s)
print(dict.fromkeys([-17, 33, 0, 20, 1], 0))
d = {}
for v in [-17, 33, 0, 20, 1]:
    d[v] = 1
print(list(d))
print({47, 1360, 27, 5, -10, 51, 730, -3, -1, 395, 62, 1662})
s = set()
for v in [47, 1360, 27, 5, -10, 51, 730, -3, -1, 395, 62, 1662]:
    s.add(v)
print(s)
print(dict.fromkeys([47, 1360, 27, 5, -10, 51, 730, -3, -1, 395, 62, 1662], 0))
d = {}
for v in [47, 1360, 27, 5, -10, 51, 730, -3, -1, 395, 62, 1662]:
    d[v] = 1
print(list(d))
print({28, -2})
s = set()
for v in [28, -2]:
    s.add(v)
print(s)
print(dict.fromkeys([28, -2], 0))
d = {}
for v in [28, -2]:
    d[v] = 1
print(list(d))
print({694, 22, 2})
s = set()
for v in [694, 22, 2]:
    s.add(v)
print(s)
print(dict.fromkeys([694, 22, 2], 0))
d = {}
for v in [694, 22, 2]:
    d[v] = 1
print(list(d))
print({-3, 3, -12, 973, 1617, 43, 1643})
s = set()
for v in [-3, 3, -12, 973, 1617, 43, 1643]:
    s.add(v)
print(s)
print(dict.fromkeys([-3, 3, -12, 973, 1617, 43, 1643], 0))
d = {}
for v in [-3, 3, -12, 973, 1617, 43, 1643]:
    d[v] = 1
print(list(d))
print({1243, -1, 1048, 0, 0, 667, -1, 426, 43, 272, 59, 3, 1596})
s = set()
for v in [1243, -1, 1048, 0, 0, 667, -1, 426, 43, 272, 59, 3, 1596]:
    s.add(v)
print(s)
print(dict.fromkeys([1243, -1, 1048, 0, 0, 667, -1, 426, 43, 272, 59, 3, 1596], 0))
d = {}
for v in [1243, -1, 1048, 0, 0, 667, -1, 426, 43, 272, 59, 3, 1596]:
    d[v] = 1
print(list(d))
print({1160, 12, 36, -1, 668, 1})
s = set()
for v in [1160, 12, 36, -1, 668, 1]:
    s.add(v)
print(s)
print(dict.fromkeys([1160, 12, 36, -1, 668, 1], 0))
d = {}
for v in [1160, 12, 36, -1, 668, 1]:
    d[v] = 1
print(list(d))
print({-3, 39, 40, 37, 17})
s = set()
for v in [-3, 39, 40, 37, 17]:
    s.add(v)
print(s)
print(dict.fromkeys([-3, 39, 40, 37, 17], 0))
d = {}
for v in [-3, 39, 40, 37, 17]:
    d[v] = 1
print(list(d))
print({3, 1904, 1773, 3, 2})
s = set()
for v in [3, 1904, 1773, 3, 2]:
    s.add(v)
print(s)
print(dict.fromkeys([3, 1904, 1773, 3, 2], 0))
d = {}
for v in [3, 1904, 1773, 3, 2]:
    d[v] = 1
print(list(d))
print({59, 27, -3, 63, 837, 3, 64, 990, 0, 2, 1337, 555, 65})
s = set()
for v in [59, 27, -3, 63, 837, 3, 64, 990, 0, 2, 1337, 555, 65]:
    s.add(v)
print(s)
print(dict.fromkeys([59, 27, -3, 63, 837, 3, 64, 990, 0, 2, 1337, 555, 65], 0))
d = {}
for v in [59, 27, -3, 63, 837, 3, 64, 990, 0, 2, 1337, 555, 65]:
    d[v] = 1
print(list(d))
print({1809, 37, 0, 417, 0, 1183})
s = set()
for v in [1809, 37, 0, 417, 0, 1183]:
    s.add(v)
print(s)
print(dict.fromkeys([1809, 37, 0, 417, 0, 1183], 0))
d = {}
for v in [1809, 37, 0, 417, 0, 1183]:
    d[v] = 1
print(list(d))
print({0, 291, 1173, 351, 16, 222, 5, -3, -3, 59, 61, 59, 40, -15})
s = set()
for v in [0, 291, 1173, 351, 16, 222, 5, -3, -3, 59, 61, 59, 40, -15]:
    s.add(v)
print(s)
print(dict.fromkeys([0, 291, 1173, 351, 16, 222, 5, -3, -3, 59, 61, 59, 40, -15], 0))
d = {}
for v in [0, 291, 1173, 351, 16, 222, 5, -3, -3, 59, 61, 59, 40, -15]:
    d[v] = 1
print(list(d))
print({25, 1, 1367, 798, 1738, -1, 0, 915})
s = set()
for v in [25, 1, 1367, 798, 1738, -1, 0, 915]:
    s.add(v)
print(s)
print(dict.fromkeys([25, 1, 1367, 798, 1738, -1, 0, 915], 0))
d = {}
for v in [25, 1, 1367, 798, 1738, -1, 0, 915]:
    d[v] = 1
print(list(d))
print({7, 0, 1713, 31})
s = set()
for v in [7, 0, 1713, 31]:
    s.add(v)
print(s)
print(dict.fromkeys([7, 0, 1713, 31], 0))
d = {}
for v in [7, 0, 1713, 31]:
    d[v] = 1
print(list(d))
print({748, 44, -15, 2, 3, 28, -3})
s = set()
for v in [748, 44, -15, 2, 3, 28, -3]:
    s.add(v)
print(s)
print(dict.fromkeys([748, 44, -15, 2, 3, 28, -3], 0))
d = {}
for v in [748, 44, -15, 2, 3, 28, -3]:
    d[v] = 1
print(list(d))
print({68, 1813, 3, 134, 58, 1836, -1, 426, 1036, 27, 330, 66, 3})
s = set()
for v in [68, 1813, 3, 134, 58, 1836, -1, 426, 1036, 27, 330, 66, 3]:
    s.add(v)
print(s)
print(dict.fromkeys([68, 1813, 3, 134, 58, 1836, -1, 426, 1036, 27, 330, 66, 3], 0))
d = {}
for v in [68, 1813, 3, 134, 58, 1836, -1, 426, 1036, 27, 330, 66, 3]:
    d[v] = 1
print(list(d))
print({1757, 1})
s = set()
for v in [1757, 1]:
    s.add(v)
print(s)
print(dict.fromkeys([1757, 1], 0))
d = {}
for v in [1757, 1]:
    d[v] = 1
print(list(d))
print({1097, 542, 299})
s = set()
for v in [1097, 542, 299]:
    s.add(v)
print(s)
print(dict.fromkeys([1097, 542, 299], 0))
d = {}
for v in [1097, 542, 299]:
    d[v] = 1
print(list(d))
print({-10, 1522, -1, 1901, -20, 1, 855, -14, 58, 5, 217, 0, 18, 1277})
s = set()
for v in [-10, 1522, -1, 1901, -20, 1, 855, -14, 58, 5, 217, 0, 18, 1277]:
    s.add(v)
print(s)
print(dict.fromkeys([-10, 1522, -1, 1901, -20, 1, 855, -14, 58, 5, 217, 0, 18, 1277], 0))
d = {}
for v in [-10, 1522, -1, 1901, -20, 1, 855, -14, 58, 5, 217, 0, 18, 1277]:
    d[v] = 1
print(list(d))
print({-3, 70, -2, 823})
s = set()
for v in [-3, 70, -2, 823]:
    s.add(v)
print(s)
print(dict.fromkeys([-3, 70, -2, 823], 0))
d = {}
for v in [-3, 70, -2, 823]:
    d[v] = 1
print(list(d))
print({3, 2})
s = set()
for v in [3, 2]:
    s.add(v)
print(s)
print(dict.fromkeys([3, 2], 0))
d = {}
for v in [3, 2]:
    d[v] = 1
print(list(d))
print({1, 43, -15, 31, -13, 1, 5, 2, 0})
s = set()
for v in [1, 43, -15, 31, -13, 1, 5, 2, 0]:
    s.add(v)
print(s)
print(dict.fromkeys([1, 43, -15, 31, -13, 1, 5, 2, 0], 0))
d = {}
for v in [1, 43, -15, 31, -13, 1, 5, 2, 0]:
    d[v] = 1
print(list(d))
print({633, 99, 13, 2})
s = set()
for v in [633, 99, 13, 2]:
    s.add(v)
print(s)
print(dict.fromkeys([633, 99, 13, 2], 0))
d = {}
for v in [633, 99, 13, 2]:
    d[v] = 1
print(list(d))
print({462, 9, 2, 1457, 1134, 1614, 17, 31, 10})
s = set()
for v in [462, 9, 2, 1457, 1134, 1614, 17, 31, 10]:
    s.add(v)
print(s)
print(dict.fromkeys([462, 9, 2, 1457, 1134, 1614, 17, 31, 10], 0))
d = {}
for v in [462, 9, 2, 1457, 1134, 1614, 17, 31, 10]:
    d[v] = 1
print(list(d))
print({393, 0, 3, 3})
s = set()
for v in [393, 0, 3, 3]:
    s.add(v)
print(s)
print(dict.fromkeys([393, 0, 3, 3], 0))
d = {}
for v in [393, 0, 3, 3]:
    d[v] = 1
print(list(d))
print({1756, 9, 30, 52, -16, 1902, -2, 2, 61, 3, 3, 3, 29})
s = set()
for v in [1756, 9, 30, 52, -16, 1902, -2, 2, 61, 3, 3, 3, 29]:
    s.add(v)
print(s)
print(dict.fromkeys([1756, 9, 30, 52, -16, 1902, -2, 2, 61, 3, 3, 3, 29], 0))
d = {}
for v in [1756, 9, 30, 52, -16, 1902, -2, 2, 61, 3, 3, 3, 29]:
    d[v] = 1
print(list(d))
print({-3, 3, 60, 3, 603})
s = set()
for v in [-3, 3, 60, 3, 603]:
    s.add(v)
print(s)
print(dict.fromkeys([-3, 3, 60, 3, 603], 0))
d = {}
for v in [-3, 3, 60, 3, 603]:
    d[v] = 1
print(list(d))
print({42, 99, 1, -1, -17, 35, 24, -2})
s = set()
for v in [42, 99, 1, -1, -17, 35, 24, -2]:
    s.add(v)
print(s)
print(dict.fromkeys([42, 99, 1, -1, -17, 35, 24, -2], 0))
d = {}
for v in [42, 99, 1, -1, -17, 35, 24, -2]:
    d[v] = 1
print(list(d))
print({53, 35, 16})
s = set()
for v in [53, 35, 16]:
    s.add(v)
print(s)
print(dict.fromkeys([53, 35, 16], 0))
d = {}
for v in [53, 35, 16]:
    d[v] = 1
print(list(d))
print({1005, 68})
s = set()
for v in [1005, 68]:
    s.add(v)
print(s)
print(dict.fromkeys([1005, 68], 0))
d = {}
for v in [1005, 68]:
    d[v] = 1
print(list(d))
print({3, 1183, 7, -3, 3, -3, 728, 30, 34})
s = set()
for v in [3, 1183, 7, -3, 3, -3, 728, 30, 34]:
    s.add(v)
print(s)
print(dict.fromkeys([3, 1183, 7, -3, 3, -3, 728, 30, 34], 0))
d = {}
for v in [3, 1183, 7, -3, 3, -3, 728, 30, 34]:
    d[v] = 1
print(list(d))
print({620, 1026, 60, 3, 1323, 54, 1})
s = set()
for v in [620, 1026, 60, 3, 1323, 54, 1]:
    s.add(v)
print(s)
print(dict.fromkeys([620, 1026, 60, 3, 1323, 54, 1], 0))
d = {}
for v in [620, 1026, 60, 3, 1323, 54, 1]:
    d[v] = 1
print(list(d))
print({0, 12, 2, 1039, 2, -1, 1234})
s = set()
for v in [0, 12, 2, 1039, 2, -1, 1234]:
    s.add(v)
print(s)
print(dict.fromkeys([0, 12, 2, 1039, 2, -1, 1234], 0))
d = {}
for v in [0, 12, 2, 1039, 2, -1, 1234]:
    d[v] = 1
print(list(d))
print({671, -7, 5, 1501})
s = set()
for v in [671, -7, 5, 1501]:
    s.add(v)
print(s)
print(dict.fromkeys([671, -7, 5, 1501], 0))
d = {}
for v in [671, -7, 5, 1501]:
    d[v] = 1
print(list(d))
print({5, 422, 25, 1, 17, 1236})
s = set()
for v in [5, 422, 25, 1, 17, 1236]:
    s.add(v)
print(s)
print(dict.fromkeys([5, 422, 25, 1, 17, 1236], 0))
d = {}
for v in [5, 422, 25, 1, 17, 1236]:
    d[v] = 1
print(list(d))
print({1859, 1})
s = set()
for v in [1859, 1]:
    s.add(v)
print(s)
print(dict.fromkeys([1859, 1], 0))
d = {}
for v in [1859, 1]:
    d[v] = 1
print(list(d))
print({-2, 3, 69, 66, 885, 1434, 0, 320, -3, 2, 1831, 796})
s = set()
for v in [-2, 3, 69, 66, 885, 1434, 0, 320, -3, 2, 1831, 796]:
    s.add(v)
print(s)
print(dict.fromkeys([-2, 3, 69, 66, 885, 1434, 0, 320, -3, 2, 1831, 796], 0))
d = {}
for v in [-2, 3, 69, 66, 885, 1434, 0, 320, -3, 2, 1831, 796]:
    d[v] = 1
print(list(d))
print({-16, 0, -3})
s = set()
for v in [-16, 0, -3]:
    s.add(v)
print(s)
print(dict.fromkeys([-16, 0, -3], 0))
d = {}
for v in [-16, 0, -3]:
    d[v] = 1
print(list(d))
print({419, 32, 0, 38, 30, 58, 561, 27, 2})
s = set()
for v in [419, 32, 0, 38, 30, 58, 561, 27, 2]:
    s.add(v)
print(s)
print(dict.fromkeys([419, 32, 0, 38, 30, 58, 561, 27, 2], 0))
d = {}
for v in [419, 32, 0, 38, 30, 58, 561, 27, 2]:
    d[v] = 1
print(list(d))
print({54, 0, 1641, 7, 0, 51, 1364})
s = set()
for v in [54, 0, 1641, 7, 0, 51, 1364]:
    s.add(v)
print(s)
print(dict.fromkeys([54, 0, 1641, 7, 0, 51, 1364], 0))
d = {}
for v in [54, 0, 1641, 7, 0, 51, 1364]:
    d[v] = 1
print(list(d))
print({1, 1597, 25, 0, 12, 3, -2, 656, 34})
s = set()
for v in [1, 1597, 25, 0, 12, 3, -2, 656, 34]:
    s.add(v)
print(s)
print(dict.fromkeys([1, 1597, 25, 0, 12, 3, -2, 656, 34], 0))
d = {}
for v in [1, 1597, 25, 0, 12, 3, -2, 656, 34]:
    d[v] = 1
print(list(d))
print({312, 3, -2, 24, 64, -1, -8, 1589, 0, 2, 1, 0})
s = set()
for v in [312, 3, -2, 24, 64, -1, -8, 1589, 0, 2, 1, 0]:
    s.add(v)
print(s)
print(dict.fromkeys([312, 3, -2, 24, 64, -1, -8, 1589, 0, 2, 1, 0], 0))
d = {}
for v in [312, 3, -2, 24, 64, -1, -8, 1589, 0, 2, 1, 0]:
    d[v] = 1
print(list(d))
print({161, -3, -5, 0, -13})
s = set()
for v in [161, -3, -5, 0, -13]:
    s.add(v)
print(s)
print(dict.fromkeys([161, -3, -5, 0, -13], 0))
d = {}
for v in [161, -3, -5, 0, -13]:
    d[v] = 1
print(list(d))
print({42, 3, 328, 1425, 607, 0, 369, 61, 2, -3, 41, 436, 60})
s = set()
for v in [42, 3, 328, 1425, 607, 0, 369, 61, 2, -3, 41, 436, 60]:
    s.add(v)
print(s)
print(dict.fromkeys([42, 3, 328, 1425, 607, 0, 369, 61, 2, -3, 41, 436, 60], 0))
d = {}
for v in [42, 3, 328, 1425, 607, 0, 369, 61, 2, -3, 41, 436, 60]:
    d[v] = 1
print(list(d))
print({0, 1578, 700, 107, 727, 683, -2, 1621, 649, -4, 2, 31})
s = set()
for v in [0, 1578, 700, 107, 727, 683, -2, 1621, 649, -4, 2, 31]:
    s.add(v)
print(s)
print(dict.fromkeys([0, 1578, 700, 107, 727, 683, -2, 1621, 649, -4, 2, 31], 0))
d = {}
for v in [0, 1578, 700, 107, 727, 683, -2, 1621, 649, -4, 2, 31]:
    d[v] = 1
print(list(d))
print({18, 0, 3, 0, 2, 68, 2, 38})
s = set()
for v in [18, 0, 3, 0, 2, 68, 2, 38]:
    s.add(v)
print(s)
print(dict.fromkeys([18, 0, 3, 0, 2, 68, 2, 38], 0))
d = {}
for v in [18, 0, 3, 0, 2, 68, 2, 38]:
    d[v] = 1
print(list(d))
print({64, -3, -19})
s = set()
for v in [64, -3, -19]:
    s.add(v)
print(s)
print(dict.fromkeys([64, -3, -19], 0))
d = {}
for v in [64, -3, -19]:
    d[v] = 1
print(list(d))
print({1151, 18, 0, 1184, 52, 1178, -3, 1, 973, -3, -2, -19, 67, 7})
s = set()
for v in [1151, 18, 0, 1184, 52, 1178, -3, 1, 973, -3, -2, -19, 67, 7]:
    s.add(v)
print(s)
print(dict.fromkeys([1151, 18, 0, 1184, 52, 1178, -3, 1, 973, -3, -2, -19, 67, 7], 0))
d = {}
for v in [1151, 18, 0, 1184, 52, 1178, -3, 1, 973, -3, -2, -19, 67, 7]:
    d[v] = 1
print(list(d))
print({2, 2, 1889, -2, 2, 0, -3, -16, 3})
s = set()
for v in [2, 2, 1889, -2, 2, 0, -3, -16, 3]:
    s.add(v)
print(s)
print(dict.fromkeys([2, 2, 1889, -2, 2, 0, -3, -16, 3], 0))
d = {}
for v in [2, 2, 1889, -2, 2, 0, -3, -16, 3]:
    d[v] = 1
print(list(d))
print({-1, 339, 122})
s = set()
for v in [-1, 339, 122]:
    s.add(v)
print(s)
print(dict.fromkeys([-1, 339, 122], 0))
d = {}
for v in [-1, 339, 122]:
    d[v] = 1
print(list(d))
print({36, -2, 26, 1642, 1593, 3, 22, 2, 3, -2, 19})
s = set()
for v in [36, -2, 26, 1642, 1593, 3, 22, 2, 3, -2, 19]:
    s.add(v)
print(s)
print(dict.fromkeys([36, -2, 26, 1642, 1593, 3, 22, 2, 3, -2, 19], 0))
d = {}
for v in [36, -2, 26, 1642, 1593, 3, 22, 2, 3, -2, 19]:
    d[v] = 1
print(list(d))
print({0, 1653, 3, -2, -15, -1, 1591, 1})
s = set()
for v in [0, 1653, 3, -2, -15, -1, 1591, 1]:
    s.add(v)
print(s)
print(dict.fromkeys([0, 1653, 3, -2, -15, -1, 1591, 1], 0))
d = {}
for v in [0, 1653, 3, -2, -15, -1, 1591, 1]:
    d[v] = 1
print(list(d))
print({3, 9, 0, -1, 1621, 179, 0, -1, 1})
s = set()
for v in [3, 9, 0, -1, 1621, 179, 0, -1, 1]:
    s.add(v)
print(s)
print(dict.fromkeys([3, 9, 0, -1, 1621, 179, 0, -1, 1], 0))
d = {}
for v in [3, 9, 0, -1, 1621, 179, 0, -1, 1]:
    d[v] = 1
print(list(d))
print({4, 1650, 1183, 31, 91})
s = set()
for v in [4, 1650, 1183, 31, 91]:
    s.add(v)
print(s)
print(dict.fromkeys([4, 1650, 1183, 31, 91], 0))
d = {}
for v in [4, 1650, 1183, 31, 91]:
    d[v] = 1
print(list(d))
print({27, -1, 1})
s = set()
for v in [27, -1, 1]:
    s.add(v)
print(s)
print(dict.fromkeys([27, -1, 1], 0))
d = {}
for v in [27, -1, 1]:
    d[v] = 1
print(list(d))
print({-2, 42})
s = set()
for v in [-2, 42]:
    s.add(v)
print(s)
print(dict.fromkeys([-2, 42], 0))
d = {}
for v in [-2, 42]:
    d[v] = 1
print(list(d))
print({872, 55, 1727, 5, -3, 1783})
s = set()
for v in [872, 55, 1727, 5, -3, 1783]:
    s.add(v)
print(s)
print(dict.fromkeys([872, 55, 1727, 5, -3, 1783], 0))
d = {}
for v in [872, 55, 1727, 5, -3, 1783]:
    d[v] = 1
print(list(d))
print({1, -3, -1, -3, 805, -2, 352, 25, 3})
s = set()
for v in [1, -3, -1, -3, 805, -2, 352, 25, 3]:
    s.add(v)
print(s)
print(dict.fromkeys([1, -3, -1, -3, 805, -2, 352, 25, 3], 0))
d = {}
for v in [1, -3, -1, -3, 805, -2, 352, 25, 3]:
    d[v] = 1
print(list(d))
print({62, -8, 1386, 0, 964, 798, 777, -2, -19, -16, 1912, -3, -3})
s = set()
for v in [62, -8, 1386, 0, 964, 798, 777, -2, -19, -16, 1912, -3, -3]:
    s.add(v)
print(s)
print(dict.fromkeys([62, -8, 1386, 0, 964, 798, 777, -2, -19, -16, 1912, -3, -3], 0))
d = {}
for v in [62, -8, 1386, 0, 964, 798, 777, -2, -19, -16, 1912, -3, -3]:
    d[v] = 1
print(list(d))
print({1991, -3, 26})
s = set()
for v in [1991, -3, 26]:
    s.add(v)
print(s)
print(dict.fromkeys([1991, -3, 26], 0))
d = {}
for v in [1991, -3, 26]:
    d[v] = 1
print(list(d))
print({369, 1821, 545, 318, 1719, 1, 20, -3, -2, 41, 1545, 35, 799})
s = set()
for v in [369, 1821, 545, 318, 1719, 1, 20, -3, -2, 41, 1545, 35, 799]:
    s.add(v)
print(s)
print(dict.fromkeys([369, 1821, 545, 318, 1719, 1, 20, -3, -2, 41, 1545, 35, 799], 0))
d = {}
for v in [369, 1821, 545, 318, 1719, 1, 20, -3, -2, 41, 1545, 35, 799]:
    d[v] = 1
print(list(d))
print({1704, 1310, 44, 3})
s = set()
for v in [1704, 1310, 44, 3]:
    s.add(v)
print(s)
print(dict.fromkeys([1704, 1310, 44, 3], 0))
d = {}
for v in [1704, 1310, 44, 3]:
    d[v] = 1
print(list(d))
print({3, -1, 3, -2, 2, 1})
s = set()
for v in [3, -1, 3, -2, 2, 1]:
    s.add(v)
print(s)
print(dict.fromkeys([3, -1, 3, -2, 2, 1], 0))
d = {}
for v in [3, -1, 3, -2, 2, 1]:
    d[v] = 1
print(list(d))
print({15, 2, 4, 2, 3, 1061, 3, 184, 3})
s = set()
for v in [15, 2, 4, 2, 3, 1061, 3, 184, 3]:
    s.add(v)
print(s)
print(dict.fromkeys([15, 2, 4, 2, 3, 1061, 3, 184, 3], 0))
d = {}
for v in [15, 2, 4, 2, 3, 1061, 3, 184, 3]:
    d[v] = 1
print(list(d))
print({381, 334, 53, 0, -1, 1672})
s = set()
for v in [381, 334, 53, 0, -1, 1672]:
    s.add(v)
print(s)
print(dict.fromkeys([381, 334, 53, 0, -1, 1672], 0))
d = {}
for v in [381, 334, 53, 0, -1, 1672]:
    d[v] = 1
print(list(d))
print({28, -3, 43, 47, -18, 59, 19, 2, -3, 0, 10, -3, 2, 1})
s = set()
for v in [28, -3, 43, 47, -18, 59, 19, 2, -3, 0, 10, -3, 2, 1]:
    s.add(v)
print(s)
print(dict.fromkeys([28, -3, 43, 47, -18, 59, 19, 2, -3, 0, 10, -3, 2, 1], 0))
d = {}
for v in [28, -3, 43, 47, -18, 59, 19, 2, -3, 0, 10, -3, 2, 1]:
    d[v] = 1
print(list(d))
print({15, -2, 55, 1369, 30, 796, 1, 810, 820, 1726, 31, -2, 510, 1295})
s = set()
for v in [15, -2, 55, 1369, 30, 796, 1, 810, 820, 1726, 31, -2, 510, 1295]:
    s.add(v)
print(s)
print(dict.fromkeys([15, -2, 55, 1369, 30, 796, 1, 810, 820, 1726, 31, -2, 510, 1295], 0))
d = {}
for v in [15, -2, 55, 1369, 30, 796, 1, 810, 820, 1726, 31, -2, 510, 1295]:
    d[v] = 1
print(list(d))
print({383, 1, 461})
s = set()
for v in [383, 1, 461]:
    s.add(v)
print(s)
print(dict.fromkeys([383, 1, 461], 0))
d = {}
for v in [383, 1, 461]:
    d[v] = 1
print(list(d))
print({38, 2, 2, 14, 59, 46, 588, 24})
s = set()
for v in [38, 2, 2, 14, 59, 46, 588, 24]:
    s.add(v)
print(s)
print(dict.fromkeys([38, 2, 2, 14, 59, 46, 588, 24], 0))
d = {}
for v in [38, 2, 2, 14, 59, 46, 588, 24]:
    d[v] = 1
print(list(d))
print({1964, 1})
s = set()
for v in [1964, 1]:
    s.add(v)
print(s)
print(dict.fromkeys([1964, 1], 0))
d = {}
for v in [1964, 1]:
    d[v] = 1
print(list(d))
print({36, 0, -2, 1516})
s = set()
for v in [36, 0, -2, 1516]:
    s.add(v)
print(s)
print(dict.fromkeys([36, 0, -2, 1516], 0))
d = {}
for v in [36, 0, -2, 1516]:
    d[v] = 1
print(list(d))
print({58, -2, 0, 1255, 63, 1, 1985, -19, 663})
s = set()
for v in [58, -2, 0, 1255, 63, 1, 1985, -19, 663]:
    s.add(v)
print(s)
print(dict.fromkeys([58, -2, 0, 1255, 63, 1, 1985, -19, 663], 0))
d = {}
for v in [58, -2, 0, 1255, 63, 1, 1985, -19, 663]:
    d[v] = 1
print(list(d))
print({583, -13, 136, -3, 1708, -2, -1, 25, 1250})
s = set()
for v in [583, -13, 136, -3, 1708, -2, -1, 25, 1250]:
    s.add(v)
print(s)
print(dict.fromkeys([583, -13, 136, -3, 1708, -2, -1, 25, 1250], 0))
d = {}
for v in [583, -13, 136, -3, 1708, -2, -1, 25, 1250]:
    d[v] = 1
print(list(d))
print({3, 3, 70, 32, 1, 0, 855, 1243, 1418, 599})
s = set()
for v in [3, 3, 70, 32, 1, 0, 855, 1243, 1418, 599]:
    s.add(v)
print(s)
print(dict.fromkeys([3, 3, 70, 32, 1, 0, 855, 1243, 1418, 599], 0))
d = {}
for v in [3, 3, 70, 32, 1, 0, 855, 1243, 1418, 599]:
    d[v] = 1
print(list(d))
print({0, 3, 779, 3, 0, 180, 3, 11, 34, 525})
s = set()
for v in [0, 3, 779, 3, 0, 180, 3, 11, 34, 525]:
    s.add(v)
print(s)
print(dict.fromkeys([0, 3, 779, 3, 0, 180, 3, 11, 34, 525], 0))
d = {}
for v in [0, 3, 779, 3, 0, 180, 3, 11, 34, 525]:
    d[v] = 1
print(list(d))
print({-1, 1, 880, 1, -3, -12})
s = set()
for v in [-1, 1, 880, 1, -3, -12]:
    s.add(v)
print(s)
print(dict.fromkeys([-1, 1, 880, 1, -3, -12], 0))
d = {}
for v in [-1, 1, 880, 1, -3, -12]:
    d[v] = 1
print(list(d))
print({0, 51, 1975, 3, 2, 349, 153, -3})
s = set()
for v in [0, 51, 1975, 3, 2, 349, 153, -3]:
    s.add(v)
print(s)
print(dict.fromkeys([0, 51, 1975, 3, 2, 349, 153, -3], 0))
d = {}
for v in [0, 51, 1975, 3, 2, 349, 153, -3]:
    d[v] = 1
print(list(d))
print({3, -2, 17, 1829, 2, -1})
s = set()
for v in [3, -2, 17, 1829, 2, -1]:
    s.add(v)
print(s)
print(dict.fromkeys([3, -2, 17, 1829, 2, -1], 0))
d = {}
for v in [3, -2, 17, 1829, 2, -1]:
    d[v] = 1
print(list(d))
print({-3, 32, 2, 1878, -3, 402, -1, -2, 5, 1, -7, 1941})
s = set()
for v in [-3, 32, 2, 1878, -3, 402, -1, -2, 5, 1, -7, 1941]:
    s.add(v)
print(s)
print(dict.fromkeys([-3, 32, 2, 1878, -3, 402, -1, -2, 5, 1, -7, 1941], 0))
d = {}
for v in [-3, 32, 2, 1878, -3, 402, -1, -2, 5, 1, -7, 1941]:
    d[v] = 1
print(list(d))
print({58, 2, 21, 25, -3, 714, 59, 0, -3})
s = set()
for v in [58, 2, 21, 25, -3, 714, 59, 0, -3]:
    s.add(v)
print(s)
print(dict.fromkeys([58, 2, 21, 25, -3, 714, 59, 0, -3], 0))
d = {}
for v in [58, 2, 21, 25, -3, 714, 59, 0, -3]:
    d[v] = 1
print(list(d))
print({11, 1750, 1840, 856, 43})
s = set()
for v in [11, 1750, 1840, 856, 43]:
    s.add(v)
print(s)
print(dict.fromkeys([11, 1750, 1840, 856, 43], 0))
d = {}
for v in [11, 1750, 1840, 856, 43]:
    d[v] = 1
print(list(d))
print({2, 846, 42, 355, 382, 30, 1093, 22, 864, 50, 39, -1})
s = set()
for v in [2, 846, 42, 355, 382, 30, 1093, 22, 864, 50, 39, -1]:
    s.add(v)
print(s)
print(dict.fromkeys([2, 846, 42, 355, 382, 30, 1093, 22, 864, 50, 39, -1], 0))
d = {}
for v in [2, 846, 42, 355, 382, 30, 1093, 22, 864, 50, 39, -1]:
    d[v] = 1
print(list(d))
print({23, 70})
s = set()
for v in [23, 70]:
    s.add(v)
print(s)
print(dict.fromkeys([23, 70], 0))
d = {}
for v in [23, 70]:
    d[v] = 1
print(list(d))
print({49, 51, 0, 2, 0, 465})
s = set()
for v in [49, 51, 0, 2, 0, 465]:
    s.add(v)
print(s)
print(dict.fromkeys([49, 51, 0, 2, 0, 465], 0))
d = {}
for v in [49, 51, 0, 2, 0, 465]:
    d[v] = 1
print(list(d))
print({1929, 0, 1094, 57, -5, -1, 2, 52, -3, 2, 21, -1})
s = set()
for v in [1929, 0, 1094, 57, -5, -1, 2, 52, -3, 2, 21, -1]:
    s.add(v)
print(s)
print(dict.fromkeys([1929, 0, 1094, 57, -5, -1, 2, 52, -3, 2, 21, -1], 0))
d = {}
for v in [1929, 0, 1094, 57, -5, -1, 2, 52, -3, 2, 21, -1]:
    d[v] = 1
print(list(d))
print({-3, 180, 1672, 728, 60, 361, 2, 24, 1441, 1734, 200, 1, 8, 31})
s = set()
for v in [-3, 180, 1672, 728, 60, 361, 2, 24, 1441, 1734, 200, 1, 8, 31]:
    s.add(v)
print(s)
print(dict.fromkeys([-3, 180, 1672, 728, 60, 361, 2, 24, 1441, 1734, 200, 1, 8, 31], 0))
d = {}
for v in [-3, 180, 1672, 728, 60, 361, 2, 24, 1441, 1734, 200, 1, 8, 31]:
    d[v] = 1
print(list(d))
print({5, -3, 19, -2, 1467, 2, 24, -3})
s = set()
for v in [5, -3, 19, -2, 1467, 2, 24, -3]:
    s.add(v)
print(s)
print(dict.fromkeys([5, -3, 19, -2, 1467, 2, 24, -3], 0))
d = {}
for v in [5, -3, 19, -2, 1467, 2, 24, -3]:
    d[v] = 1
print(list(d))
print({-2, 76, -1, 2, 30, 1079, -1, 2, 60, 1430, 66})
s = set()
for v in [-2, 76, -1, 2, 30, 1079, -1, 2, 60, 1430, 66]:
    s.add(v)
print(s)
print(dict.fromkeys([-2, 76, -1, 2, 30, 1079, -1, 2, 60, 1430, 66], 0))
d = {}
for v in [-2, 76, -1, 2, 30, 1079, -1, 2, 60, 1430, 66]:
    d[v] = 1
print(list(d))
print({2, 13, 483, 11, 25, 5, 1405, -2, 1})
s = set()
for v in [2, 13, 483, 11, 25, 5, 1405, -2, 1]:
    s.add(v)
print(s)
print(dict.fromkeys([2, 13, 483, 11, 25, 5, 1405, -2, 1], 0))
d = {}
for v in [2, 13, 483, 11, 25, 5, 1405, -2, 1]:
    d[v] = 1
print(list(d))
print({1916, -2, -2, 22, 50, -2, 1719, 234, -19})
s = set()
for v in [1916, -2, -2, 22, 50, -2, 1719, 234, -19]:
    s.add(v)
print(s)
print(dict.fromkeys([1916, -2, -2, 22, 50, -2, 1719, 234, -19], 0))
d = {}
for v in [1916, -2, -2, 22, 50, -2, 1719, 234, -19]:
    d[v] = 1
print(list(d))
print({1834, 226})
s = set()
for v in [1834, 226]:
    s.add(v)
print(s)
print(dict.fromkeys([1834, 226], 0))
d = {}
for v in [1834, 226]:
    d[v] = 1
print(list(d))
print({330, 1165, 1, 959, 1530, -3, 1959, 1605, -3})
s = set()
for v in [330, 1165, 1, 959, 1530, -3, 1959, 1605, -3]:
    s.add(v)
print(s)
print(dict.fromkeys([330, 1165, 1, 959, 1530, -3, 1959, 1605, -3], 0))
d = {}
for v in [330, 1165, 1, 959, 1530, -3, 1959, 1605, -3]:
    d[v] = 1
print(list(d))
print({2, 69, -10, -17, -2, 47})
s = set()
for v in [2, 69, -10, -17, -2, 47]:
    s.add(v)
print(s)
print(dict.fromkeys([2, 69, -10, -17, -2, 47], 0))
d = {}
for v in [2, 69, -10, -17, -2, 47]:
    d[v] = 1
print(list(d))
print({1520, 377, 20})
s = set()
for v in [1520, 377, 20]:
    s.add(v)
print(s)
print(dict.fromkeys([1520, 377, 20], 0))
d = {}
for v in [1520, 377, 20]:
    d[v] = 1
print(list(d))
print({1715, 10, 2, 31, 0, 1, -2, 335, 61, 1742})
s = set()
for v in [1715, 10, 2, 31, 0, 1, -2, 335, 61, 1742]:
    s.add(v)
print(s)
print(dict.fromkeys([1715, 10, 2, 31, 0, 1, -2, 335, 61, 1742], 0))
d = {}
for v in [1715, 10, 2, 31, 0, 1, -2, 335, 61, 1742]:
    d[v] = 1
print(list(d))
print({7, 1, 34, 1, 33})
s = set()
for v in [7, 1, 34, 1, 33]:
    s.add(v)
print(s)
print(dict.fromkeys([7, 1, 34, 1, 33], 0))
d = {}
for v in [7, 1, 34, 1, 33]:
    d[v] = 1
print(list(d))
print({-19, 1, 1, 1162, -1, 1, 0, 59, 1})
s = set()
for v in [-19, 1, 1, 1162, -1, 1, 0, 59, 1]:
    s.add(v)
print(s)
print(dict.fromkeys([-19, 1, 1, 1162, -1, 1, 0, 59, 1], 0))
d = {}
for v in [-19, 1, 1, 1162, -1, 1, 0, 59, 1]:
    d[v] = 1
print(list(d))
print({1169, 41, -1, 61, 1389, -2})
s = set()
for v in [1169, 41, -1, 61, 1389, -2]:
    s.add(v)
print(s)
print(dict.fromkeys([1169, 41, -1, 61, 1389, -2], 0))
d = {}
for v in [1169, 41, -1, 61, 1389, -2]:
    d[v] = 1
print(list(d))
print({1136, -2, 36, -2, 453, -2, 515, 9, 49, 1, 0})
s = set()
for v in [1136, -2, 36, -2, 453, -2, 515, 9, 49, 1, 0]:
    s.add(v)
print(s)
print(dict.fromkeys([1136, -2, 36, -2, 453, -2, 515, 9, 49, 1, 0], 0))
d = {}
for v in [1136, -2, 36, -2, 453, -2, 515, 9, 49, 1, 0]:
    d[v] = 1
print(list(d))
print({3, 50, 2})
s = set()
for v in [3, 50, 2]:
    s.add(v)
print(s)
print(dict.fromkeys([3, 50, 2], 0))
d = {}
for v in [3, 50, 2]:
    d[v] = 1
print(list(d))
print({1700, -2, 40})
s = set()
for v in [1700, -2, 40]:
    s.add(v)
print(s)
print(dict.fromkeys([1700, -2, 40], 0))
d = {}
for v in [1700, -2, 40]:
    d[v] = 1
print(list(d))
print({59, -14, 1217, 18, -3, -3, -1})
s = set()
for v in [59, -14, 1217, 18, -3, -3, -1]:
    s.add(v)
print(s)
print(dict.fromkeys([59, -14, 1217, 18, -3, -3, -1], 0))
d = {}
for v in [59, -14, 1217, 18, -3, -3, -1]:
    d[v] = 1
print(list(d))
print({23, -1, -1, 3, -1, 21, -16})
s = set()
for v in [23, -1, -1, 3, -1, 21, -16]:
    s.add(v)
print(s)
print(dict.fromkeys([23, -1, -1, 3, -1, 21, -16], 0))
d = {}
for v in [23, -1, -1, 3, -1, 21, -16]:
    d[v] = 1
print(list(d))
print({395, 1716, 1620, 151, 307, 67})
s = set()
for v in [395, 1716, 1620, 151, 307, 67]:
    s.add(v)
print(s)
print(dict.fromkeys([395, 1716, 1620, 151, 307, 67], 0))
d = {}
for v in [395, 1716, 1620, 151, 307, 67]:
    d[v] = 1
print(list(d))
print({1102, 28, 997, -16, 1, 1228, 1419, 3, 155, 47, 55})
s = set()
for v in [1102, 28, 997, -16, 1, 1228, 1419, 3, 155, 47, 55]:
    s.add(v)
print(s)
print(dict.fromkeys([1102, 28, 997, -16, 1, 1228, 1419, 3, 155, 47, 55], 0))
d = {}
for v in [1102, 28, 997, -16, 1, 1228, 1419, 3, 155, 47, 55]:
    d[v] = 1
print(list(d))
print({1489, 959, -1, 41})
s = set()
for v in [1489, 959, -1, 41]:
    s.add(v)
print(s)
print(dict.fromkeys([1489, 959, -1, 41], 0))
d = {}
for v in [1489, 959, -1, 41]:
    d[v] = 1
print(list(d))
print({38, 2, 558, 1024, 1})
s = set()
for v in [38, 2, 558, 1024, 1]:
    s.add(v)
print(s)
print(dict.fromkeys([38, 2, 558, 1024, 1], 0))
d = {}
for v in [38, 2, 558, 1024, 1]:
    d[v] = 1
print(list(d))
print({69, 0, 1299, 16})
s = set()
for v in [69, 0, 1299, 16]:
    s.add(v)
print(s)
print(dict.fromkeys([69, 0, 1299, 16], 0))
d = {}
for v in [69, 0, 1299, 16]:
    d[v] = 1
print(list(d))
print({1395, -1, -1, -3, 1375, 44, 24, 3, 829, 52, 135, 2, 50, -3})
s = set()
for v in [1395, -1, -1, -3, 1375, 44, 24, 3, 829, 52, 135, 2, 50, -3]:
    s.add(v)
print(s)
print(dict.fromkeys([1395, -1, -1, -3, 1375, 44, 24, 3, 829, 52, 135, 2, 50, -3], 0))
d = {}
for v in [1395, -1, -1, -3, 1375, 44, 24, 3, 829, 52, 135, 2, 50, -3]:
    d[v] = 1
print(list(d))
print({1188, 3, 34, 653})
s = set()
for v in [1188, 3, 34, 653]:
    s.add(v)
print(s)
print(dict.fromkeys([1188, 3, 34, 653], 0))
d = {}
for v in [1188, 3, 34, 653]:
    d[v] = 1
print(list(d))
print({49, -2, 447, 410, 44, 10})
s = set()
for v in [49, -2, 447, 410, 44, 10]:
    s.add(v)
print(s)
print(dict.fromkeys([49, -2, 447, 410, 44, 10], 0))
d = {}
for v in [49, -2, 447, 410, 44, 10]:
    d[v] = 1
print(list(d))
print({-3, 23, 1, -19, -1, 1329, 1390, 117, 2, 0, 31})
s = set()
for v in [-3, 23, 1, -19, -1, 1329, 1390, 117, 2, 0, 31]:
    s.add(v)
print(s)
print(dict.fromkeys([-3, 23, 1, -19, -1, 1329, 1390, 117, 2, 0, 31], 0))
d = {}
for v in [-3, 23, 1, -19, -1, 1329, 1390, 117, 2, 0, 31]:
    d[v] = 1
print(list(d))
print({1155, 1})
s = set()
for v in [1155, 1]:
    s.add(v)
print(s)
print(dict.fromkeys([1155, 1], 0))
d = {}
for v in [1155, 1]:
    d[v] = 1
print(list(d))
print({22, -2, 732, 1, 55, 1232, 1517, -3, 3, 928, 1071, -3, 204})
s = set()
for v in [22, -2, 732, 1, 55, 1232, 1517, -3, 3, 928, 1071, -3, 204]:
    s.add(v)
print(s)
print(dict.fromkeys([22, -2, 732, 1, 55, 1232, 1517, -3, 3, 928, 1071, -3, 204], 0))
d = {}
for v in [22, -2, 732, 1, 55, 1232, 1517, -3, 3, 928, 1071, -3, 204]:
    d[v] = 1
print(list(d))
print({60, -17, -13, 1592})
s = set()
for v in [60, -17, -13, 1592]:
    s.add(v)
print(s)
print(dict.fromkeys([60, -17, -13, 1592], 0))
d = {}
for v in [60, -17, -13, 1592]:
    d[v] = 1
print(list(d))
