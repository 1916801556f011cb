from __future__ import print_function
import sys

class Base(object):
    def __init__(self, v):
        self.v = v
    def describe(self):
        return "Base(%r)" % (self.v,)

class Child(Base):
    def __init__(self, v, w):
        super(Child, self).__init__(v)
        self.w = w
    def describe(self):
        return "Child:" + super(Child, self).describe()

class Slotted(object):
    __slots__ = ("a", "b")

val = [0]
c = Child(val, val)
print(c.describe(), sys.getrefcount(val))
s = Slotted()
s.a = val
print("slot holds:", sys.getrefcount(val))
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError", type(e).__name__)
del s
del c
print("end:", sys.getrefcount(val))
print(isinstance(Child(1, 2), Base), issubclass(Child, Base))
