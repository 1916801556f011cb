from __future__ import print_function
import sys

class Box(object):
    def __init__(self, v):
        self.v = v

v = [1]
print("start:", sys.getrefcount(v))
b1 = Box(v)
b2 = Box(v)
print("two boxes:", sys.getrefcount(v))
b2.v = None
print("one box:", sys.getrefcount(v))
setattr(b2, "w", v)
print("setattr:", sys.getrefcount(v))
print("getattr same:", getattr(b2, "w") is v, hasattr(b2, "zzz"))
delattr(b2, "w")
del b1
print("end:", sys.getrefcount(v))
