import sys
import weakref

class A(object):
    pass

def cb(r):
    print("callback")

a = A()
r = weakref.ref(a, cb)
del a
print(sys.getrefcount(r))
