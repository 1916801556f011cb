from __future__ import print_function
import sys, gc, weakref

class Obj(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def rc(x):
    return sys.getrefcount(x)

a = Obj("a")
print("global", sys.getrefcount(a), "via func", rc(a))
lst = [a, a, a]
print("in list x3", sys.getrefcount(a))
tup = (a,)
d = {"k": a, "k2": a}
print("tuple+dict", sys.getrefcount(a))
del lst[0]
print("after del lst[0]", sys.getrefcount(a))
lst.pop()
d.pop("k")
print("after pops", sys.getrefcount(a))
del lst, tup, d
print("cleared", sys.getrefcount(a))
it = iter([a])
print("iterator", sys.getrefcount(a))
del it
m = a.__init__
print("bound method holds self", sys.getrefcount(a))
del m
for x in [a]:
    print("loop var", sys.getrefcount(a))
del x
b = Obj("b")
b.other = Obj("c")
del b
print("after del b")
s = Obj("s")
s.me = s
del s
print("cycle created")
print("collect", gc.collect())
def make():
    o = Obj("local")
    return 1
make()
print("after make")
w = weakref.ref(a)
print(w() is a, sys.getrefcount(a))
del a
print("dead?", w() is None)
x = Obj("x")
y = x
x = None
print("rebound x")
y = None
print("end")
