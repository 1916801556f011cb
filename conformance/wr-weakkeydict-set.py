from __future__ import print_function
import gc, sys, weakref

class Key(object):
    def __init__(self, n):
        self.n = n

d = weakref.WeakKeyDictionary()
k1 = Key(1)
k2 = Key(2)
v = 'v' + str(1)
print(sys.getrefcount(k1), sys.getrefcount(v))
d[k1] = v
d[k2] = 'two'
print(sys.getrefcount(k1), sys.getrefcount(v), len(d), k1 in d, d[k1], d.get(Key(9)))
d[k1] = 'again'
print(len(d), d[k1], weakref.getweakrefcount(k1))
del k1
print(len(d), sys.getrefcount(v))
k2.me = k2
del k2
print(len(d), gc.collect(), len(d))
s = weakref.WeakSet()
x = Key(3)
y = Key(4)
s.add(x)
s.add(y)
s.add(x)
print(len(s), x in s, Key(5) in s, 1 in s, weakref.getweakrefcount(x))
del x
print(len(s), [k.n for k in s])
s.discard(y)
print(len(s), weakref.getweakrefcount(y))
