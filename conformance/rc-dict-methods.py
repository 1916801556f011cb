from __future__ import print_function
import sys

class V(object):
    pass

v = V()
d = {}
d.setdefault("a", v)
print("setdefault:", sys.getrefcount(v))
d.update({"b": v})
print("update:", sys.getrefcount(v))
w = d.get("a")
print("get + name:", sys.getrefcount(v))
del w
x = d.pop("a")
print("pop returns it:", sys.getrefcount(v))
del x
items = list(d.items())
print("items list:", sys.getrefcount(v))
del items
c = d.copy()
print("copy:", sys.getrefcount(v))
c.clear()
d.clear()
print("cleared:", sys.getrefcount(v))
l = [v, v]
l.extend([v])
print("list of three:", sys.getrefcount(v))
l.pop()
l.insert(0, v)
l.remove(v)
print("after pop/insert/remove:", sys.getrefcount(v))
l.reverse()
l.sort(key=id)
print("sorted in place:", sys.getrefcount(v))
