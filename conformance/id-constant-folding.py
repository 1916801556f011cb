from __future__ import print_function
import sys

# Tuples of constants are folded into one constant when the code is compiled.
a = (1, 2)
b = (1, 2)
print("two displays, same object:", a is b)

def f():
    return (1, 2)

print("one display run twice:", f() is f())
print("function's constant is the module's:", f() is a)
c = (1, (2, 3), 'x')
d = ((2, 3),)
print("nested tuple shared:", c[1] is d[0])
e = (1, -2, None, 2.5)
g = (1, -2, None, 2.5)
print("signed numbers fold too:", e is g)
x = -2.5
y = -2.5
print("negative float constant shared:", x is y)
print("tuple with a name is built at run time:", (1, x) is (1, x))

def refs():
    t = (4, 5, 6)
    return sys.getrefcount(t)

print("refcount of a folded tuple in a function:", refs())

def member(v):
    return v in [1, 2, 3], v in {1, 2, 3}

print(member(2), member(7))
for i in [10, 20]:
    print(i, end=' ')
print()
