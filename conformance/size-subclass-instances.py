from __future__ import print_function
# sizes of builtin values vs instances of their subclasses, and of exceptions
import sys
class K(list): pass
class M(tuple): pass
class N(str): pass
class O(int): pass
class P(Exception): pass
class Q(dict): pass
class R(set): pass
class S(float): pass
class T(frozenset): pass
pairs = [([], K()), ((), M()), ((1, 2), M((1, 2))), ('', N()), ('abc', N('abc')), (0, O()), (10**10, O(10**10)), (Exception(), P()), ({}, Q()), (set(), R()), (0.0, S()), (frozenset(), T())]
for a, b in pairs:
    print(type(b).__name__, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(b) - sys.getsizeof(a))
import sys
print(sys.getsizeof(Exception()), sys.getsizeof(ValueError("x")), sys.getsizeof(BaseException()), sys.getsizeof(KeyError(1,2)))
