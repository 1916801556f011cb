from __future__ import print_function
import sys

class Res(object):
    pass

r = Res()

def use(x):
    try:
        return sys.getrefcount(x)
    finally:
        print("finally sees:", sys.getrefcount(x))

print("returned:", use(r))

def swallow(x):
    try:
        raise ValueError("boom")
    except ValueError as e:
        print("in handler:", type(e).__name__, e)
    return sys.getrefcount(x)

print("after handler:", swallow(r))
print("module level:", sys.getrefcount(r))
holder = []
for i in range(3):
    try:
        holder.append(r)
    finally:
        pass
print("list of three:", sys.getrefcount(r))
