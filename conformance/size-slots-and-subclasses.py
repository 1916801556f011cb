from __future__ import print_function
# sys.getsizeof of instances per __slots__ layout, of subclasses of builtin types and of exceptions; which are weakly referenceable
import sys
class A(object): pass
class B(object): __slots__ = ()
class C(object): __slots__ = ('a',)
class D(object): __slots__ = ('a', '__weakref__')
class E(object): __slots__ = ('a', '__dict__')
class F(object): __slots__ = ('__dict__', '__weakref__')
class G(C): pass
class H(C): __slots__ = ('b',)
class I(D): __slots__ = ('c',)
class J(A): __slots__ = ('x',)
class K(list): pass
class L(dict): __slots__ = ()
class M(tuple): pass
class N(str): pass
class O(int): pass
class P(Exception): pass
for cls in (A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P):
    try:
        o = cls()
    except TypeError as e:
        print(cls.__name__, 'error', e)
        continue
    print(cls.__name__, sys.getsizeof(o), hasattr(o, '__dict__'), hasattr(o, '__weakref__'))
import weakref
for cls in (A, B, C, D, E, F, G, K, L, P):
    try:
        weakref.ref(cls())
        print(cls.__name__, 'weakrefable')
    except TypeError as e:
        print(cls.__name__, e)
