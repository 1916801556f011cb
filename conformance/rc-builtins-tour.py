from __future__ import print_function
import sys, gc, copy, weakref
from collections import namedtuple

class Node(object):
    __slots__ = ('val', 'next', '__weakref__')
    def __init__(self, val, next=None):
        self.val = val
        self.next = next

P = namedtuple('P', 'x y')
p = P(1, 2)
print(p, p._replace(x=5), p._asdict()['y'], sys.getrefcount(p))
n = Node(1, Node(2))
r = weakref.ref(n)
print(r() is n, sys.getrefcount(n), weakref.getweakrefcount(n))
d = {i: str(i) * i for i in range(4)}
print(sorted(d.items()), len(d), sys.getsizeof(d))
s = set([1, 2, 3]) | {4}
print(sorted(s), 3 in s)
t = tuple(x * 2 for x in range(3))
print(t, gc.is_tracked(t))
def gen():
    for i in range(3):
        yield i
g = gen()
print(next(g), list(g))
print("%5.2f|%-4s|%03d" % (3.14159, 'ab', 7), "{0:>6}|{1!r}".format('x', 'y'))
a = [1, 2, 3]
b = a
a += [4]
print(b, a is b, a[::-1], a[1:3])
del a[1:3]
print(a, b)
class A(object):
    def __init__(self):
        self.x = 1
    def __repr__(self):
        return 'A(%d)' % self.x
print([A(), A()], str(A()), repr(A()))
try:
    {}['missing']
except KeyError as e:
    print('KeyError', e)
print(int('42') + 1, float('2.5') * 2, 7 // 2, -7 // 2, 7 % -3, 2 ** 100)
print(max([3, 1, 2]), min(3, 1), sum(range(10)), any([0, 0]), all([]))
print(list(zip('ab', [1, 2])), list(enumerate('xy', 1)), list(map(abs, [-1, 2])), list(filter(None, [0, 1, 2])))
print(sorted(['b', 'a', 'C'], key=str.lower), sorted([3, 1, 2], reverse=True))
print(hex(255), chr(65), ord('a'), abs(-3.5), round(2.675, 2), divmod(7, 2))
x = 10
def outer():
    y = 1
    def inner():
        return x + y
    return inner
print(outer()(), outer().__closure__[0].cell_contents)
print(isinstance(True, int), type(1) is int, callable(len), hasattr(p, 'x'), getattr(p, 'z', 'none'))
print(copy.copy([1, [2]])[1] is copy.deepcopy([1, [2]])[1])
print(' '.join(['a', 'b']).upper().split(' '), 'abc'.replace('b', 'x').find('x'), 'a,b'.split(','))
