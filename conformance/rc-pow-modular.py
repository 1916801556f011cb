from __future__ import print_function
print(pow(2, 10, 1000), pow(3, 200, 7), pow(5, 3, -7), pow(-2, 3, 5), pow(2, 10), pow(2.0, 3))
try:
    print(pow(3, -1, 7), pow(38, -1, 97))
    print(pow(2, -1, 4))
except Exception as e:
    print(type(e).__name__, e)
