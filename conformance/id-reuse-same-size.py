from __future__ import print_function
# A freed object's memory goes to the next object of the same size class (or free list).
print("id([]) == id([]):", id([]) == id([]))
print("id(object()) == id(object()):", id(object()) == id(object()))
a = [1, 2, 3]
i = id(a)
del a
b = ["x"]
print("new list takes the freed list's id:", id(b) == i)
class C(object):
    pass
c = C()
i = id(c)
del c
d = C()
print("new instance takes the freed instance's id:", id(d) == i)
t = tuple([1, 2, 3])
i = id(t)
del t
u = tuple(["a", "b", "c"])
print("3-tuple reuses a freed 3-tuple:", id(u) == i)
f = float("2.5")
i = id(f)
del f
g = float("7.25")
print("float reuses a freed float:", id(g) == i)
x = int("100000")
i = id(x)
del x
y = int("200000")
print("int reuses a freed int:", id(y) == i)
