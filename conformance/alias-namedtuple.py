from __future__ import print_function
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p[1], len(p))
q = p._replace(x=10)
print(q, p)
print(sorted(q._asdict().items()))
print("is tuple:", isinstance(p, tuple), p == (1, 2))
x, y = p
print("unpacked:", x, y)
Pair = namedtuple("Pair", ["left", "right"])
shared = []
a = Pair(shared, shared)
a.left.append(1)
print(a)
print(Point._fields)
