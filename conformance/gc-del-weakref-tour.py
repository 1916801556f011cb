from __future__ import print_function
import gc, sys, weakref

class Node(object):
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("del", self.name)

gc.collect()
gc.disable()
a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
wa = weakref.ref(a, lambda r: print("callback a"))
del a, b
print("before collect")
print("collect", gc.collect())
print("garbage", len(gc.garbage), wa() is None)
gc.enable()
print(gc.get_count()[1:], gc.get_threshold())
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
class Holder(object):
    pass
h = Holder()
h.self_ref = h
r = weakref.ref(h)
del h
print("alive before collect", r() is not None)
gc.collect()
print("alive after collect", r() is not None)
p = weakref.proxy(Node("proxied"))
try:
    p.name
except ReferenceError as e:
    print("ReferenceError", e)
