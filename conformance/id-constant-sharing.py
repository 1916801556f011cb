from __future__ import print_function
def f():
    return "hello world"
def g():
    return "hello world"
x = "hello world"
print(f() is g(), f() is x, 1000 is 1000, 2.5 is 2.5)
h = 1000
def k():
    return 1000
print(k() is h)
