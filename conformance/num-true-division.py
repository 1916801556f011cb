# True division of ints is correctly rounded even past 2**53; ints too large for a float
# raise OverflowError when mixed with floats or converted.
from __future__ import print_function, division


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: 10**30 / 7)
t(lambda: (10**30 + 1) / (10**15 + 3))
t(lambda: 2**1100 / 2**1090)
t(lambda: -(3**200) / 7**90)
t(lambda: 1 / 10**400)
t(lambda: 10**400 / 3)
t(lambda: 10**400 * 1.0)
t(lambda: float(10**400))
t(lambda: 10**400 // 3.0)
t(lambda: 1.0 + 10**400)
t(lambda: float(2**53 + 1))
t(lambda: 2**53 + 1.0)
t(lambda: float(-(2**63) - 1))
t(lambda: 9007199254740993 / 1)
t(lambda: 7 / 2)
t(lambda: -7 / 2)
t(lambda: 1 / 7)
t(lambda: 5 / 0)
t(lambda: 10**30 / 0)
t(lambda: 5.0 / 0)
t(lambda: 2 ** -2)
t(lambda: 10 ** 400 > 1e308)
t(lambda: 2**63 < 2**63 + 0.5)
