from __future__ import print_function
# 2.7: a generator suspended inside try/except/finally is uncollectable (gc.garbage); gc.get_referents of a generator per profile.
import gc
class A(object):
    pass
def gtry(a):
    try:
        yield 1
    finally:
        print("finally runs")
def gexc(a):
    try:
        yield 1
    except ValueError:
        pass
def gwhile(a):
    while True:
        yield 1
gc.collect()
for maker in (gtry, gexc, gwhile):
    a = A(); g = maker(a); a.g = g; next(g)
    del a, g
    print(maker.__name__, gc.collect(), len(gc.garbage))
def simple(x):
    yield x
g = simple(5)
print(len(gc.get_referents(g)))
next(g)
print(len(gc.get_referents(g)))
