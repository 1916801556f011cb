from __future__ import print_function
import sys

class Obj(object):
    pass

o = Obj()

def gen(x):
    yield 1
    yield 2

print("start:", sys.getrefcount(o))
g = gen(o)
print("generator holds its frame:", sys.getrefcount(o))
print(next(g))
print("while suspended:", sys.getrefcount(o))
print(list(g))
print("after exhaustion:", sys.getrefcount(o))
g = gen(o)
del g
print("unstarted generator deleted:", sys.getrefcount(o))
total = sum(i for i in range(10))
print("generator expression:", total)
