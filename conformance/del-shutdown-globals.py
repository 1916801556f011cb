from __future__ import print_function
# At exit 2.7 sets the module globals to None in dict (table) order: a __del__ that runs after its
# class name was cleared fails (the error is printed on stderr); 3.x finalizes through the collector.
import gc, sys
class Counter(object):
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
    def __del__(self):
        Counter.count -= 1
        print('del', self.id, 'left', Counter.count)
a = Counter(); b = Counter(); c = Counter()
print(Counter.count)
a.friend = b; b.friend = a
del a, b
print('before collect', Counter.count)
n = gc.collect()
print('collected', n, Counter.count, len(gc.garbage))
x = object(); ix = id(x); del x
y = object()
print('id reused', id(y) == ix)
l1 = [1, 2, 3]; il = id(l1); del l1
l2 = [4, 5]
print('list id reused', id(l2) == il)
t = (1, 2, 3)
u = tuple([1, 2, 3])
print(t == u, t is u)
class Shape(object):
    sides = 0
    def describe(self):
        return '%s with %d sides' % (type(self).__name__, self.sides)
class Square(Shape):
    sides = 4
sq = Square()
sq.sides = 5
print(sq.describe(), Square.sides, Shape().describe())
print(sys.getrefcount(Counter), c.id)
