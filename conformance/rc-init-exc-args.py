from __future__ import print_function
# 2.7 calls __init__ through a bound method and a new argument tuple (self has two more references
# there than on 3.x), and keeps a single exception argument as .message too.
import sys
class P(object):
    def __init__(self):
        print('init self', sys.getrefcount(self))
    def meth(self):
        return sys.getrefcount(self)
    @staticmethod
    def st(x):
        return sys.getrefcount(x)
    @classmethod
    def cm(cls):
        return sys.getrefcount(cls)
p = P()
print('method self', p.meth())
m = p.meth
print('bound held', sys.getrefcount(p), m())
del m
print('static', P.st(p), 'class', P.cm() > 0)
def gen(o):
    yield sys.getrefcount(o)
print('in generator', next(gen(p)))
try:
    raise ValueError(p)
except ValueError as e:
    print('exception arg', sys.getrefcount(p))
print('after except', sys.getrefcount(p))
lst = [p for _ in range(3)]
print('comprehension', sys.getrefcount(p))
del lst
d = dict(a=p, b=p)
print('dict kwargs', sys.getrefcount(p))
d.clear()
print('cleared', sys.getrefcount(p))
s = 'a' * 3
print('str', sys.getrefcount(s))
f = 1.5
print('float', sys.getrefcount(f))
big = 10 ** 20
print('bigint', sys.getrefcount(big))
t = (p, [p])
print('nested', sys.getrefcount(p))
del t
print(sys.getrefcount(p))
