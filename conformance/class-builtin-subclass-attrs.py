from __future__ import print_function
import sys, gc, weakref
gc.collect()
# Instances of subclasses of dict, list and tuple get a __dict__ for attributes (and, after a base of
# fixed size, weak references), run the class's __init__ and __del__, and hold a reference to the class.
class D(dict): pass
d = D()
d.x = 1
d['k'] = 2
print(d, d.x, sys.getrefcount(d), d.__dict__, vars(d))
class L(list):
    def __init__(self, *a):
        print("L.__init__", a)
        list.__init__(self, *a)
        self.tag = 'L'
l = L([1, 2, 3])
print(l, l.tag, len(l), sys.getrefcount(l), vars(l))
del l.tag
print(hasattr(l, 'tag'))
class T(tuple):
    def __init__(self, *a):
        print("T.__init__", a)
t = T((1, 2))
t.name = "pair"
print(t, t.name, t.__dict__)
class P(list):
    @property
    def size(self): return len(self)
    def __getattr__(self, n): return "missing " + n
p = P([1])
print(p.size, p.foo)
try:
    p.size = 3
except AttributeError:
    print("read-only property")
class Counter(dict):
    def __init__(self, **kw):
        super(Counter, self).__init__(**kw)
        self.hits = 0
    def __missing__(self, k):
        return 0
c = Counter(a=1)
c.hits += 1
print(sorted(c.items()), c.hits, c['zz'])
print(sys.getrefcount(D), sys.getrefcount(L), sys.getrefcount(T))
del d, l, t
print(sys.getrefcount(D), sys.getrefcount(L), sys.getrefcount(T))
class Big(list):
    def __del__(self):
        print("del Big", len(self), getattr(self, 'label', None))
b = Big([1, 2])
b.label = "b"
del b
class DD(dict):
    def __del__(self):
        print("del DD", sorted(self))
x = DD(a=1)
x = None
class Dict(dict): pass
obj = Dict(red=1, green=2)
r = weakref.ref(obj)
print(r() is obj, weakref.getweakrefcount(obj))
del obj
print(r())
try:
    weakref.ref(T((1,)))
except TypeError as e:
    print("TypeError:", e)
class Node(list):
    def __del__(self):
        print("del Node", self.name)
a = Node([1]); a.name = "a"
b = Node([2]); b.name = "b"
a.append(b); b.append(a)
del a, b
print("collected", gc.collect())
class Self(list): pass
s = Self()
s.me = s
w = weakref.ref(s, lambda ref: print("callback"))
del s
print("collected", gc.collect(), w())
print("end")
