from __future__ import print_function
# 3.11+ a generator frame holds its function (f_funcobj) until the generator finishes.
import sys
def gen(x):
    yield x
print(sys.getrefcount(gen))
g = gen(1)
print(sys.getrefcount(gen))
next(g)
print(sys.getrefcount(gen))
del g
print(sys.getrefcount(gen))
