from __future__ import print_function
import sys, copy
a = "hello"
b = "hello"
c = "hello world"
d = "hello world"
print(a is b, c is d, "".join(["hel", "lo"]) is a, sys.intern("".join(["hel", "lo"])) is a if sys.version_info[0] > 2 else intern("".join(["hel", "lo"])) is a)
x = 256
y = 256
print(x is y, int("257") is int("257"), -5 is -5 if False else True)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
nested = [[1, 2], [3, 4]]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[0].append(99)
print(shallow, deep, shallow[0] is nested[0], deep[0] is nested[0])
l = list(range(10))
del l[::2]
print(l)
l[1:3] = ['a', 'b', 'c']
print(l, len(l))
t = (1, [2])
t[1].append(3)
print(t)
print((5).bit_length(), pow(2, 10, 1000), divmod(7.5, 2), abs(-7), 7 .real if False else 7, int('ff', 16), int('0x1f', 16), int('  12 '))
print(vars(type('X', (object,), {}) ()) if False else {}, isinstance([], (list, tuple)), list(map(str, range(3))))
e = enumerate(['a', 'b'])
print(next(e), list(e))
z = zip([1, 2, 3], 'ab')
print(list(z))
print(sum([[1], [2]], []), min([], default=0) if sys.version_info[0] > 2 else 0, max(1, 2, 3), sorted([3, 1, 2])[-1])
