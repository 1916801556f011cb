from __future__ import print_function
# sys.exc_info() and its references, int/str subclasses, builtin classes and their modules
import sys
def f():
    try:
        raise ValueError("v")
    except ValueError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb is not None, sys.getrefcount(v))
    print(sys.exc_info()[0])
f()
class I(int):
    pass
i = I(5)
print(type(i).__name__, i + 1, isinstance(i, int))
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
print(type(s).__name__, s.shout(), s == "hi", len(s))
print(ValueError, KeyError, Exception, BaseException, StopIteration, type(ValueError()), repr(ValueError("x")), str(KeyError("k")))
try:
    {}['z']
except KeyError as e:
    print(type(e), e.__class__.__name__, e.__class__.__module__ if hasattr(e.__class__, '__module__') else '')
print(int.__module__, ValueError.__module__, type(None).__module__)
class A(object): pass
print(A.__module__)
