from __future__ import print_function
import gc
gc.collect()
# Functions made by one definition: do they share their defaults tuple?
fs = []
for i in range(3):
    def f(a=1, b=None, c=(2, 'x'), d=-3):
        return a
    fs.append(f)
print('shared constant defaults:', fs[0].__defaults__ is fs[1].__defaults__ is fs[2].__defaults__)
print('defaults tracked:', gc.is_tracked(fs[0].__defaults__))
def mk(x):
    def g(a=x, b=1):
        return a
    return g
g1, g2 = mk(1), mk(1)
print('computed defaults shared:', g1.__defaults__ is g2.__defaults__)
lams = [lambda k=5: k for i in range(2)]
print('lambda defaults shared:', lams[0].__defaults__ is lams[1].__defaults__)
del fs, g1, g2, lams
# A class in a cycle with itself: how many objects does the collector find?
def census(label):
    print(label, gc.collect())
class A(object):
    def m(self):
        return 1
A.me = A
del A
census('class, method without defaults:')
class B(object):
    def m(self, k=None, j=0):
        return k
B.me = B
del B
census('class, method with constant defaults:')
class C(object):
    def m(self, k=[]):
        return k
C.me = C
del C
census('class, method with a list default:')
n = 7
class D(object):
    def m(self, k=n, j=1):
        return k
D.me = D
del D
census('class, method with a computed default:')
def outer():
    def inner(a=1, b=2):
        return inner
    return inner
h = outer()
del h
census('self-referencing closure with defaults:')
