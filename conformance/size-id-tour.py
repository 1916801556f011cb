from __future__ import print_function
import sys, gc
from collections import namedtuple

class Slots(object):
    __slots__ = ('a', 'b')
class Plain(object):
    pass
Pt = namedtuple('Pt', ['x', 'y'])
p = Plain()
p.a = 1
p.b = 2
print(sys.getsizeof(Slots()), sys.getsizeof(Plain()), sys.getsizeof(p.__dict__), sys.getsizeof(Pt(1, 2)), sys.getsizeof((1, 2)))
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(10))), sys.getsizeof({}), sys.getsizeof({1: 2}))
print(sys.getsizeof(""), sys.getsizeof("hello"), sys.getsizeof(1), sys.getsizeof(2 ** 40), sys.getsizeof(1.0), sys.getsizeof(set()))
l = []
sizes = []
for i in range(20):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print(sizes)
d = {}
ds = []
for i in range(12):
    d[str(i)] = i
    ds.append(sys.getsizeof(d))
print(ds)
print(gc.get_threshold(), gc.isenabled())
print(id(None) == id(None), 256 is int("256"), 1000 == int("1000"))
a = "hello_world"
b = "hello" + "_world"
print(a == b, sys.intern(b) is a if sys.version_info[0] > 2 else intern(b) is a)
print(gc.is_tracked([]), gc.is_tracked(()), gc.is_tracked({}), gc.is_tracked({"a": []}), gc.is_tracked(p))
