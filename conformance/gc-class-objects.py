from __future__ import print_function
# A class is in a reference cycle from birth (its __mro__ holds it; its __dict__ and __weakref__
# descriptors hold it): a dead class waits for the collector, with its dict, tuples and descriptors.
import gc, sys
gc.collect()
class X(object):
    pass
print(sys.getrefcount(X))
del X
print(gc.collect())
class Y(object):
    def m(self): pass
class Z(Y):
    pass
print(sys.getrefcount(Y), sys.getrefcount(Z))
del Z
print(gc.collect())
del Y
print(gc.collect())
class S(object):
    __slots__ = ("a", "b")
print(sys.getrefcount(S))
del S
print(gc.collect())

gc.set_debug(gc.DEBUG_SAVEALL)
def show(label):
    n = gc.collect()
    kinds = sorted(type(o).__name__ for o in gc.garbage)
    print(label, n, kinds)
    del gc.garbage[:]
class X(object):
    pass
del X
show('plain')
class Y(object):
    def m(self): pass
    k = 1
del Y
show('method')
class B(object):
    pass
class Z(B):
    pass
del Z
show('subclass')
del B
show('base')
class S(object):
    __slots__ = ('a', 'b')
del S
show('slots')
class E(Exception):
    pass
del E
show('exception')
gc.set_debug(0)
class K(object):
    __slots__ = ('p',)
print(repr(K.__dict__['p']), K.__mro__ is K.__mro__, K.__bases__, sorted(k for k in vars(K) if not k.startswith('__f') and not k.startswith('__st')))
class P(object):
    pass
print(repr(P.__dict__['__dict__']), repr(P.__dict__['__weakref__']), P.__doc__)
