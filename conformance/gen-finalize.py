from __future__ import print_function
import gc
# A suspended generator is closed when it dies: GeneratorExit runs its finally blocks. On 3.x one found
# in a garbage cycle is closed by the collector with the other finalizers (PEP 442).
def worker(name):
    try:
        yield 1
        yield 2
    finally:
        print('closing', name)
g = worker('plain')
next(g)
del g
print('after del')
class Holder(object):
    pass
h = Holder()
h.gen = worker('in cycle')
h.me = h
next(h.gen)
del h
print('collected', gc.collect() > 0)
g2 = worker('at exit')
next(g2)
print('end')
