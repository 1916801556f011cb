from __future__ import print_function
import sys
from collections import namedtuple
class Plain(object):
    pass
class One(object):
    __slots__ = ("a",)
class Three(object):
    __slots__ = ("a", "b", "c")
class WeakSlots(object):
    __slots__ = ("a", "__weakref__")
class Empty(object):
    __slots__ = ()
print("plain instance:", sys.getsizeof(Plain()))
print("slots 1, 3:", sys.getsizeof(One()), sys.getsizeof(Three()))
print("slots with __weakref__:", sys.getsizeof(WeakSlots()))
print("empty slots:", sys.getsizeof(Empty()))
p = Plain()
p.x = 1
p.y = 2
print("plain __dict__ with 2 attrs:", sys.getsizeof(p.__dict__))
P3 = namedtuple("P3", "x y z")
print("namedtuple of 3:", sys.getsizeof(P3(1, 2, 3)), "tuple of 3:", sys.getsizeof((1, 2, 3)))
def f():
    pass
print("function:", sys.getsizeof(f))
print("floats:", sys.getsizeof(1.5), sys.getsizeof(float("1e300")))
print("ints:", sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 62), sys.getsizeof(2 ** 100))
print("None, True:", sys.getsizeof(None), sys.getsizeof(True))
print("strings:", sys.getsizeof("abc"), sys.getsizeof("a" * 100))
print("tuples:", sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof(tuple(range(10))))
