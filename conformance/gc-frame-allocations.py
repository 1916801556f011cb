from __future__ import print_function
# 2.7 and 3.10 frames are GC heap objects: a code object's first call allocates one (later calls reuse
# its zombie frame), recursion allocates a frame per extra level until the free list has enough;
# 3.12+ frames are not heap objects.
import gc

def f():
    pass

def g(n):
    if n:
        g(n - 1)

def gen():
    yield 1
    yield 2

class K(object):
    def m(self):
        return 1

gc.collect()
c = gc.get_count()[0]
steps = []
f()
steps.append(gc.get_count()[0] - c)
f()
steps.append(gc.get_count()[0] - c)
g(5)
steps.append(gc.get_count()[0] - c)
g(5)
steps.append(gc.get_count()[0] - c)
g(12)
steps.append(gc.get_count()[0] - c)
g(3)
steps.append(gc.get_count()[0] - c)
k = K()
k.m()
steps.append(gc.get_count()[0] - c)
k.m()
steps.append(gc.get_count()[0] - c)
for v in gen():
    pass
steps.append(gc.get_count()[0] - c)
print(steps)
gc.collect()
c = gc.get_count()[0]
g(8)
print("after a full collection (free list emptied on 2.7/3.10):", gc.get_count()[0] - c)
