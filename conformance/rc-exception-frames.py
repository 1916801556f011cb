from __future__ import print_function
import sys

class Obj(object):
    pass

o = Obj()

def fails(x):
    raise KeyError("k")

def catcher():
    try:
        fails(o)
    except KeyError:
        print("inside handler:", sys.getrefcount(o))
    print("after handler:", sys.getrefcount(o))

catcher()
print("after return:", sys.getrefcount(o))
