from __future__ import print_function
import sys, gc

class C(object):
    shared = []
    def method(self):
        return sys.getrefcount(self)
    def __del__(self):
        print("C del")

c = C()
print("self in method", c.method())
print("class attr", sys.getrefcount(C.shared))
x = object()
print("in listcomp", [sys.getrefcount(x) for _ in range(1)])
print("in genexp", list(sys.getrefcount(x) for _ in range(1)))
def holder():
    y = object()
    def inner():
        return y
    return inner, y
f, y = holder()
print("captured", sys.getrefcount(y))
del f
print("after del f", sys.getrefcount(y))
def fail(o):
    raise ValueError("x")
z = object()
try:
    fail(z)
except ValueError:
    print("in except", sys.getrefcount(z))
print("after except", sys.getrefcount(z))
def gen(o):
    yield 1
gz = gen(z)
print("generator created", sys.getrefcount(z))
next(gz)
print("generator started", sys.getrefcount(z))
del gz
print("generator gone", sys.getrefcount(z))
lst = [z]
print("referrers", len(gc.get_referrers(z)) >= 1, gc.get_referents(lst)[0] is z)
class Bad(object):
    def __del__(self):
        raise RuntimeError("boom")
b = Bad()
del b
print("after bad del")
del c
print("end")
