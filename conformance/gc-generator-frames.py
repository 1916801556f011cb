from __future__ import print_function
# A generator, its frame and the iterators its suspended for loops hold: what gc.collect() counts per profile (2.7/3.10 frames are objects of their own; 3.10+ finalizes generators first).
import gc
class A(object):
    pass
def gen(a):
    yield 1
    yield 2
def gen2(a):
    for x in [1, 2, 3]:
        yield x
gc.collect()
a = A(); g = gen(a); a.g = g
del a, g
print("unstarted", gc.collect())
a = A(); g = gen(a); a.g = g; next(g)
del a, g
print("suspended", gc.collect())
a = A(); g = gen2(a); a.g = g; next(g)
del a, g
print("suspended in for", gc.collect())
a = A(); g = gen(a); a.g = g; list(g)
del a, g
print("finished", gc.collect())
def selfref():
    me = yield 1
    yield me
g = selfref(); next(g); g.send(g)
del g
print("self", gc.collect())
print(gc.garbage)
