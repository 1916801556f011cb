from __future__ import print_function
import sys

class Obj(object):
    pass

a = Obj()
b = Obj()
items = [a, b]
r = [o for o in items]
print("a after comprehension:", sys.getrefcount(a))
print("b after comprehension (2.7 leaks the loop variable):", sys.getrefcount(b))
del r
print("b after del r:", sys.getrefcount(b))
try:
    print("leaked name:", o is b)
except NameError as e:
    print("NameError:", e)
