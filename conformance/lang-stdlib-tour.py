from __future__ import print_function
import gc, sys, weakref, copy
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p[1], p._replace(x=5), p._asdict() == {'x': 1, 'y': 2}, Point._fields, len(p))
q = copy.copy([1, [2, 3]]); r = copy.deepcopy([1, [2, 3]])
print(q, r, q == r)
class Node(object):
    def __init__(self, v):
        self.v = v
        self.children = []
n = Node(1); n.children.append(Node(2))
m = copy.deepcopy(n)
print(m.v, m.children[0].v, m is n, m.children[0] is n.children[0])
class C(object):
    pass
c = C()
r = weakref.ref(c)
print(r() is c, weakref.getweakrefcount(c))
wd = weakref.WeakValueDictionary()
wd['a'] = c
print(list(wd.keys()), len(wd))
del c
print(r(), len(wd), list(wd.keys()))
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked({}), gc.is_tracked({'a': []}), gc.is_tracked((1, 2)))
lst = [1, 2]
holder = {'k': lst}
print(len([x for x in gc.get_referrers(lst) if x is holder]), gc.get_referents([1, 'a']) == [1, 'a'] or gc.get_referents([1, 'a']))
x = 5
def chain(a):
    return 1 < a < 10, a == 5 == x, not a, -a, ~a, a ** 2, a // 2, a % 3
print(chain(5), chain(0))
counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr(); incr()
print(counter)
d = {}
d.setdefault('k', []).append(1)
d['k'] += [2]
print(d, d.get('z'), d.pop('k'), d)
class Ctx(object):
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None)
        return True
with Ctx() as cm:
    print('inside', type(cm).__name__)
    raise KeyError('k')
print('after with')
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RuntimeError as e:
    print(type(e).__name__, str(e)[:40])
print(repr(C)[:16], repr(incr)[:20], type(len).__name__)
s = set([3, 1, 2]); s.add(5); s.discard(1)
print(sorted(s), 3 in s, s & set([3, 5, 7]) == set([3, 5]), sorted(s | set([9])), sorted(s - set([3])))
