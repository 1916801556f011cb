from __future__ import print_function
# Which objects can be weakly referenced, per profile
import weakref, sys, gc
def f(): pass
class C(object):
    def m(self): pass
def gen():
    yield 1
objs = [('function', f), ('lambda', lambda: 0), ('class', C), ('builtin type', int), ('set', set()), ('frozenset', frozenset([1])),
        ('bound method', C().m), ('generator', gen()), ('module', sys), ('code', f.__code__), ('builtin fn', len),
        ('property', property()), ('staticmethod', staticmethod(f)), ('iterator', iter([])), ('range', range(3)),
        ('object', object()), ('exception', ValueError()), ('slice', slice(1)), ('cell', (lambda x: lambda: x)(1).__closure__[0])]
for name, o in objs:
    try:
        r = weakref.ref(o)
        print(name, 'ok', r() is o)
    except TypeError as e:
        print(name, 'no')
