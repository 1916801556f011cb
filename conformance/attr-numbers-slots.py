from __future__ import print_function
import sys
class S(object):
    __slots__ = ('a', 'b')
s = S()
try:
    s.a
except AttributeError as e:
    print("AttributeError:", e)
print((5).real, (5).imag, (2.5).real, (2.5).imag, True.real)
print((3).conjugate(), (3).numerator, (3).denominator, (7).bit_length())
sys.stdout.write("written\n")
print(int.real, float.imag)
one, five = 1, 5
print((2.5).imag is (2.5).imag, True.real is one, five.real is five)
class T(object):
    __slots__ = ("a", "b")
t = T()
for f in (lambda: t.a, lambda: delattr(t, "b"), lambda: getattr(t, "a"), lambda: t.c):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
print(hasattr(t, "a"), getattr(t, "a", 7))
t.a = 1
print(t.a)
