from __future__ import print_function
# profiles: 3.10 3.12 3.13
import gc
gc.collect()

class Arg(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('  del', self.name)

def gen(x):
    yield x

# close() on a generator that never ran
g = gen(Arg('closed-unstarted'))
print('close')
g.close()
print('closed')
del g
print('dropped')

# throw() into a generator that never ran: the traceback holds its frame
def thrower():
    g = gen(Arg('thrown-unstarted'))
    try:
        g.throw(ValueError('v'))
    except ValueError as e:
        print('caught', e)
    print('after handler')
thrower()
print('returned')

# an unstarted generator in a cycle with a list
gc.disable()
box = []
g = gen(box)
box.append(g)
del g, box
print('unstarted in cycle:', gc.collect())

# a started generator in a cycle with an instance: closed by the collector
class Holder(object):
    pass
h = Holder()
h.g = gen(h)
next(h.g)
del h
print('started in cycle:', gc.collect())

# an unstarted generator whose argument has a __del__
box = [Arg('in-cycle')]
g = gen(box)
box.append(g)
del g, box
print('unstarted with __del__ arg:', gc.collect())
gc.enable()
