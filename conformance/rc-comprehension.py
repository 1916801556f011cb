from __future__ import print_function
import sys

class Item(object):
    pass

x = Item()
print("start:", sys.getrefcount(x))
pairs = [(x, i) for i in range(3)]
print("three tuples hold x:", sys.getrefcount(x))
del pairs
print("after del:", sys.getrefcount(x))
counts = [sys.getrefcount(x) for i in range(2)]
print("inside comprehension:", counts)
d = {i: x for i in range(2)}
print("dict comprehension values:", sys.getrefcount(x))
s = set([x for i in range(5)])
print("set of one:", sys.getrefcount(x), len(s))
d = None
s = None
print("end:", sys.getrefcount(x))
