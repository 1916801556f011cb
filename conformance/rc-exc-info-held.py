from __future__ import print_function
import sys, gc
gc.collect()
# While an exception is being handled the interpreter holds it (and, on 2.7 and 3.10, its class) too;
# 2.7 keeps it current after the handler until the frame that caught it returns.
class E(Exception): pass
class F(Exception): pass
class A(object):
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
print("E", sys.getrefcount(E))
e1 = E(); e2 = F()
try:
    raise e1
except E:
    print("h1", sys.getrefcount(E), sys.getrefcount(e1))
print("a1", sys.getrefcount(E), sys.getrefcount(e1))
try:
    raise e2
except F:
    print("h2", sys.getrefcount(E), sys.getrefcount(e1), sys.getrefcount(F), sys.getrefcount(e2))
print("a2", sys.getrefcount(E), sys.getrefcount(e1), sys.getrefcount(F), sys.getrefcount(e2))
def f():
    try:
        raise e1
    except E as e:
        print("f", sys.getrefcount(e1), sys.getrefcount(e2), e is e1)
    print("f2", sys.getrefcount(e1), sys.getrefcount(e2))
f()
print("a3", sys.getrefcount(e1), sys.getrefcount(e2))
def g():
    try:
        raise KeyError(A("g"))
    except ValueError:
        pass
try:
    g()
except KeyError as e:
    print("caught", sys.getrefcount(e))
def quiet():
    try:
        raise KeyError(A("quiet"))
    except KeyError:
        pass
    print("quiet end")
quiet()
print("after quiet")
try:
    raise ValueError(A("v"))
except ValueError:
    print("handling v")
print("after v")
def gen():
    try:
        raise ValueError(A("gen"))
    except ValueError as e:
        yield sys.getrefcount(e)
    yield 2
it = gen()
print(next(it))
print(next(it))
del it
def h():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
try:
    h()
except ZeroDivisionError:
    print("rezero")
try:
    raise IndexError(A("last"))
except IndexError:
    pass
print("end")
