# Floor division, modulo and divmod on ints (small and big) and floats, including the
# float quotient CPython derives from fmod, and the ZeroDivisionError wording of each.
from __future__ import print_function


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


for a in (7, -7, 0, 10**20, -10**20):
    for b in (2, -2, 3, -3, 10**19 + 7, -(10**19 + 7)):
        print(a, b, a // b, a % b, divmod(a, b))
for a in (7.5, -7.5, 0.0, -0.0, 1e300, 0.7):
    for b in (2, -2.0, 0.3, -0.3, 0.1):
        print(a, b, a // b, a % b, divmod(a, b))
print(5 % -3, -5 % 3, 5.5 % -2, -5.5 % 2, 0 % 5, -0.0 % 5, 1 % -0.5)
t(lambda: 5 // 0)
t(lambda: 5 % 0)
t(lambda: divmod(5, 0))
t(lambda: 10**30 // 0)
t(lambda: 10**30 % 0)
t(lambda: divmod(10**30, 0))
t(lambda: 5.0 // 0)
t(lambda: 5.0 % 0)
t(lambda: divmod(5.0, 0))
t(lambda: divmod(5, 0.0))
t(lambda: 5 % False)
t(lambda: divmod('a', 2))
t(lambda: divmod(2, None))
