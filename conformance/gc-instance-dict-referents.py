from __future__ import print_function
import gc
gc.collect()

class A(object):
    pass

def names(objs):
    return sorted(type(o).__name__ for o in objs)

# an instance in a cycle with itself, before and after its __dict__ is looked at
a = A()
a.me = a
del a
print('plain self cycle:', gc.collect())
a = A()
a.me = a
a.__dict__
del a
print('after a.__dict__:', gc.collect())
a = A()
a.items = [a]
vars(a)['extra'] = 1
del a
print('after vars() write:', gc.collect())

# what the collector visits from the instance and from its dict
b = A()
b.x = []
d = b.__dict__
print('instance visits:', names(gc.get_referents(b)))
print('dict visits:', names(gc.get_referents(d)), gc.is_tracked(d))
del b
print('dict outlives instance:', names(gc.get_referents(d)), gc.is_tracked(d))
del d

# an empty instance's dict
c = A()
e = c.__dict__
print('empty dict visits:', names(gc.get_referents(e)), gc.is_tracked(e))
e['q'] = []
print('after storing a list:', names(gc.get_referents(e)), gc.is_tracked(e))
del c, e

# a cycle whose dict is held from outside
f = A()
f.me = f
f.x = [1]
kept = f.__dict__
del f
print('cycle with dict kept:', gc.collect(), sorted(kept))
kept.clear()
del kept
print('then:', gc.collect())
