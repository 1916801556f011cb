from __future__ import print_function
import sys
# Concatenating an empty string gives the other operand back; two bound methods of the same function
# and the same object are equal, though each attribute access makes a new method object.
x = "abc" * 2
print(sys.getrefcount(x))
y = x + ""
z = "" + x
print(y is x, z is x, sys.getrefcount(x))
print((x + "d") is x, ("" + "") == "")
class A(object):
    def m(self): pass
    def n(self): pass
a = A()
b = A()
print(a.m is a.m, a.m == a.m, a.m != a.m, a.m == a.n, a.m == b.m, a.m != b.m)
ms = [a.m, a.m]
print(ms[0] == ms[1], ms[0] is ms[1], ms.count(a.m), a.m in ms, b.m in ms)
class E(object):
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, E) and self.k == o.k
    def __hash__(self): return hash(self.k)
    def f(self): pass
print(E(1).f == E(1).f, E(1).f == E(2).f)
