# hex/oct/bin of small, big and negative ints (2.7: C-style oct, longs end in L), and the
# TypeError for non-integers.
from __future__ import print_function


def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


for v in (0, 1, -1, 8, -8, 255, -255, 2**40, 10**20, -(10**20), True):
    print(hex(v), oct(v), bin(v))
t(hex, 3.5)
t(oct, 'a')
t(bin, 2.0)
t(hex, None)
print(abs(-5), abs(-5.5), abs(-10**30), abs(True), abs(-0.0))
print(True + 1, True * 3, False - 1, True // 2, -True, ~True, +True, True & 3, True | False)
print(2**64, -2**63, (-2)**3, pow(2, 10, 7), pow(-3, 3, 5), pow(3, 4, -5))
print(1 << 100, -1 >> 3, 255 >> 4, 5 & -3, 5 | -3, 5 ^ -3, ~5, ~-1, -(2**70) >> 3)
