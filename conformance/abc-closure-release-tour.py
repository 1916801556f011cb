from __future__ import print_function
import sys, gc, weakref
# the closure release case and the A/B/C variations in new shapes
class Res(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('release', self.name)
def make():
    r = Res('closure')
    def use():
        return r.name
    return use
u = make()
print(u())
del u
print('after del u')
def self_ref():
    r = Res('self-ref')
    def f():
        return f, r
    return f
h = self_ref()
del h
print('before collect')
print('collected', gc.collect())
class A(object):
    def __del__(self):
        print('A.__del__')
class B(object):
    def __del__(self):
        print('B.__del__')
a = A(); b = B()
a.b = b; b.a = a
del a, b
print('garbage collect', gc.collect())
if gc.garbage:
    print('in garbage', [type(o).__name__ for o in gc.garbage])
    for o in gc.garbage:
        for k in list(vars(o)):
            delattr(o, k)
    del gc.garbage[:]
    print('cleared', gc.collect())
w = weakref.ref(Res('temp'))
print('weak dead', w() is None)
