from __future__ import print_function
import sys

class G(object):
    def h(self, x):
        return sys.getrefcount(self), sys.getrefcount(x)
    def __init__(self):
        pass

g = G()
o = object()
m = g.h
print("through a bound method object:", m(o))
print("method call syntax:", g.h(o))
print("function on the class:", G.h(g, o))

def star(*a, **k):
    return sys.getrefcount(a[0]), sys.getrefcount(k["z"])

print("star args:", star(o, z=o))

class A(object):
    def __init__(self, x):
        print("in __init__:", sys.getrefcount(x))

A(o)
print("end:", sys.getrefcount(o))
