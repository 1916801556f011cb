from __future__ import print_function
import weakref, gc
# weak references to functions, classes, sets, bound methods and generators: callbacks when they die
def make():
    def inner():
        return 1
    return inner
f = make()
r = weakref.ref(f, lambda ref: print("function gone"))
del f
print(r())
class K(object):
    def m(self):
        return 1
r = weakref.ref(K().m, lambda ref: print("bound method gone"))
print(r())
s = set([1, 2])
rs = weakref.ref(s, lambda ref: print("set gone"))
print(rs() == {1, 2}, weakref.getweakrefcount(s))
del s
def gen():
    yield 1
g = gen()
rg = weakref.ref(g, lambda ref: print("generator gone"))
next(g)
del g
class Tmp(object):
    pass
rc = weakref.ref(Tmp, lambda ref: print("class gone"))
del Tmp
print("collect", gc.collect(), rc())
ws = weakref.WeakSet()
def a(): pass
def b(): pass
ws.add(a); ws.add(b)
print(len(ws))
del a
print(len(ws))
wv = weakref.WeakValueDictionary()
fs = frozenset([3])
wv['k'] = fs
print(list(wv.keys()))
del fs
print(list(wv.keys()))
