from __future__ import print_function
# TypeError messages for calls with the wrong number of arguments
def f():
    pass
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2)
except TypeError as e:
    print(e)
def k(**kw):
    pass
try:
    k(1)
except TypeError as e:
    print(e)
def g(a):
    pass
try:
    g()
except TypeError as e:
    print(e)
try:
    g(1, 2)
except TypeError as e:
    print(e)
