from __future__ import print_function
import sys
a = sys.getrefcount(sys)
import weakref
b = sys.getrefcount(sys)
import copy
c = sys.getrefcount(sys)
import collections
d = sys.getrefcount(sys)
import gc
print(b - a, c - b, d - c, sys.getrefcount(gc), sys.getrefcount(weakref), sys.getrefcount(copy))
print(sys.getrefcount(sys))
