from __future__ import print_function
import sys, weakref

class Node(object):
    def __init__(self, name):
        self.name = name
    def hello(self):
        return 'hello ' + self.name
    def __call__(self, x):
        return x + 1

class Plain(object):
    pass

n = Node('a')
p = weakref.proxy(n)
q = weakref.proxy(Plain())
print(type(p).__name__, type(q).__name__)
print(p.name, p.hello(), p(41), sys.getrefcount(n))
print(weakref.proxy(n) is p, weakref.getweakrefcount(n))
r = weakref.ref(n)
print(weakref.getweakrefs(n)[0] is r, weakref.getweakrefs(n)[1] is p)
p.name = 'b'
print(n.name, isinstance(p, Node), p == n)
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)
def gone(ref):
    print('callback gets', type(ref).__name__)
p2 = weakref.proxy(n, gone)
print(p2 is p, weakref.getweakrefcount(n))
del n
for f in (lambda: q.x, lambda: p.name, lambda: p(1)):
    try:
        f()
    except ReferenceError as e:
        print(type(e).__name__, e)
print(r(), weakref.getweakrefcount(r))
