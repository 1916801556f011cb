from __future__ import print_function
import weakref
class T(object):
    pass
def cb(r):
    print("cb")
t = T()
print("none yet:", weakref.getweakrefcount(t), weakref.getweakrefs(t))
a = weakref.ref(t)
b = weakref.ref(t)
c = weakref.ref(t, cb)
print("same basic ref:", a is b, "count:", weakref.getweakrefcount(t))
print("first is basic:", weakref.getweakrefs(t)[0] is a)
del c
print("after del c:", weakref.getweakrefcount(t))
del t
print("dead:", a() is None)
try:
    weakref.ref(1)
except TypeError as e:
    print(str(e))
