from __future__ import print_function
import sys
class A(object):
    pass
print(sys.getsizeof(A))
a = A()
print(sys.getsizeof(A))
a.x = 1
print(sys.getsizeof(A))
for i in range(12):
    setattr(a, 'k%d' % i, i)
    print(i, sys.getsizeof(A), sys.getsizeof(a.__dict__))
class B(object):
    def __init__(self):
        self.a = 1
        self.b = 2
print(sys.getsizeof(B))
b = B()
print(sys.getsizeof(B), sys.getsizeof(b.__dict__))
