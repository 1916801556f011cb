# round(): ties to even on 3.x and away from zero on 2.7, both decided on the exact binary
# value; negative ndigits on ints and floats; round(float) is an int on 3.x.
from __future__ import print_function


def t(*a):
    try:
        print(repr(round(*a)))
    except Exception as e:
        print(type(e).__name__, e)


for x in (0.5, 1.5, 2.5, -0.5, -2.5, 3.5, 0.4999999999999999, 1e20, -0.4):
    t(x)
for x, n in ((1.25, 1), (2.675, 2), (0.125, 2), (0.375, 2), (0.285, 2), (-12345.6789, 2),
             (12345.6789, -2), (15.0, -1), (25.0, -1), (1e300, 2), (5e-324, 400), (-0.4, 0),
             (3.14159, 3), (7.0, 0), (1.5, None), (2.5, 0)):
    t(x, n)
for x, n in ((1234, -2), (1250, -2), (1350, -2), (-1250, -2), (15, -1), (25, -1), (-25, -1),
             (7, 0), (7, 3), (10**20 + 5 * 10**18, -19), (True, 0)):
    t(x, n)
t(7)
t(True)
t(float('inf'))
t(float('nan'))
t(float('inf'), 2)
t('x')
t(2.5, 1.5)
