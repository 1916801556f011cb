from __future__ import print_function
import sys
d = {'b': 2, 'a': 1}
print(sorted(d.keys()), sorted(d.values()), sorted(d.items()), d.get('z', 0), d.setdefault('c', 3), 'c' in d)
d.update({'e': 5}, f=6)
print(sorted(d), len(d), d.pop('e'), sorted(dict(zip('xy', (1, 2))).items()))
print(7 / 2, 7 // 2, 7.0 // 2, 2 ** -1, 10 % 3, -10 % 3, abs(-2 ** 3))
print(int(3.9), int(-3.9), float(3), str(1.0), repr(0.1), 1e16, 1.5e-7, 123456789.0 * 10)
print('abc'[1:], 'abc'[-1], 'a-b-c'.split('-', 1), ' x '.strip(), 'ab'.startswith('a'), 'Ab'.lower(), 'ab'.count('a'))
print(list(range(10, 0, -3)), list(reversed([1, 2, 3])), [1, 2] * 2, [[0] * 2] * 2)
def counter():
    total = [0]
    def inc(n=1):
        total[0] += n
        return total[0]
    return inc
c = counter()
c(); c(5)
print(c(), c.__closure__[0].cell_contents, sys.getrefcount(c))
def g(n):
    i = 0
    while i < n:
        yield i * i
        i += 1
print(sum(g(5)), max(g(4)), list(x for x in g(6) if x % 2))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
try:
    int('x')
except ValueError as e:
    print('ValueError:', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    None.foo
except AttributeError as e:
    print('AttributeError:', e)
try:
    undefined_name
except NameError as e:
    print('NameError:', e)
try:
    1 + 'a'
except TypeError as e:
    print('TypeError:', e)
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted(['bb', 'a', 'ccc'], key=len))
x, (y, z) = 1, (2, 3)
first, rest = [1, 2, 3][0], [1, 2, 3][1:]
print(x, y, z, first, rest)
print(str(True), int(True) + 1, bool(''), bool('0'), True + True)
print(hash(1) == hash(1.0), 1 == 1.0, 'ab' < 'b', [1, 2] < [1, 3], (1, 2) == (1, 2))
