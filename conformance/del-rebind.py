from __future__ import print_function

class N(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

x = N("first")
print("rebinding")
x = N("second")
print("rebound")
y = x
x = None
print("y still holds second")
y = None
print("---")
def f():
    local = N("local")
    print("returning")
f()
print("after f")
def g():
    return N("returned")
g()
print("after g")
keep = g()
print("kept", keep.name)
del keep
print("end")
