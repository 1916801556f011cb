from __future__ import print_function
import sys

def echo():
    total = 0
    try:
        while True:
            try:
                x = yield total
            except ValueError as e:
                print('caught', e)
                x = 100
            if x is None:
                break
            total += x
    finally:
        print('cleanup', total)

g = echo()
print(next(g), g.send(1), g.send(2), g.throw(ValueError('boom')))
g.close()
print('closed')
try:
    next(g)
except StopIteration:
    print('finished after close')

g2 = echo()
try:
    g2.send(5)
except TypeError as e:
    print('TypeError:', e)
next(g2)
try:
    g2.send(None)
except StopIteration:
    print('StopIteration on return')


def simple():
    yield 1
    yield 2
g4 = simple()
try:
    g4.throw(KeyError('k'))
except KeyError as e:
    print('KeyError', e)
print(list(g4))
g5 = simple()
print(next(g5))
try:
    g5.throw(IndexError)
except IndexError:
    print('IndexError propagated')
class Obj(object):
    pass
o = Obj()
def holder(x):
    yield x
    yield x
g6 = holder(o)
before = sys.getrefcount(o)
next(g6)
print(sys.getrefcount(o) - before)
g6.close()
print(sys.getrefcount(o) - before)
