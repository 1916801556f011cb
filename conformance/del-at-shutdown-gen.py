from __future__ import print_function
import sys
# Objects still alive when the program ends are finalized by interpreter shutdown. 3.x: __main__
# leaves sys.modules and a full collection finalizes its globals in the collector's order (lists and
# tuples are traversed from their last item); 2.7: the globals are set to None in dict order, names
# starting with one underscore first, and objects with __del__ in cycles are never finalized.
class A(object):
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

_private = A(0)
a = A(1)
l = [A(3), A(4)]
b = A(2)
d = {"x": A(6)}
t = (A(7), A(8))
c = A(5)
c.me = c
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")
g = gen()
next(g)
print("end of program")
