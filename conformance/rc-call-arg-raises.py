# When evaluating a call's arguments raises, the references already taken (the callable, the
# method's self, the arguments evaluated so far) are released exactly once.
from __future__ import print_function
import sys

class A(object):
    def m(self, x, y, z=None):
        pass

def f(x, y, z=None):
    pass

a = A()
kept = [1, 2]
for i in range(3):
    try:
        a.m(kept, 1 // 0)
    except ZeroDivisionError:
        pass
    try:
        a.m(kept, kept, z=1 // 0)
    except ZeroDivisionError:
        pass
    try:
        f(kept, kept, 1 // 0)
    except ZeroDivisionError:
        pass
    try:
        [].append(1 // 0)
    except ZeroDivisionError:
        pass
print('instance', sys.getrefcount(a))
print('argument', sys.getrefcount(kept))
print('function', sys.getrefcount(f))
