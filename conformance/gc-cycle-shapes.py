from __future__ import print_function
import gc, weakref, sys
gc.collect()
class Node(object):
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __repr__(self):
        return 'Node(%s)' % self.name
class Fin(Node):
    def __del__(self):
        print('del', self.name)
def cycle(cls, n):
    nodes = [cls('%s%d' % (cls.__name__, i)) for i in range(n)]
    for i in range(n):
        nodes[i].peer = nodes[(i + 1) % n]
    return nodes[0]
for cls, n in ((Node, 1), (Node, 3), (Fin, 2)):
    x = cycle(cls, n)
    del x
    print(cls.__name__, n, 'collected', gc.collect(), 'garbage', len(gc.garbage))
del gc.garbage[:]
# dict and list cycles, and a cycle through a closure
d = {}; d['self'] = d
l = []; l.append(l); l.append(d)
del d, l
print('containers', gc.collect())
def make():
    def inner():
        return inner
    return inner
f = make(); del f
print('closure', gc.collect())
# weakref callback during collection
class W(object):
    pass
w = W(); w.me = w
r = weakref.ref(w, lambda ref: print('callback, referent gone:', ref() is None))
del w
print('weak', gc.collect())
# resurrection
saved = []
class R(object):
    def __del__(self):
        saved.append(self)
        print('resurrect')
o = R(); o.me = o
del o
print('resurrected', gc.collect(), len(saved))
saved[0].me = None
del saved[:]
print('after', gc.collect())
gc.disable(); print(gc.isenabled()); gc.enable()
print(gc.get_threshold(), len(gc.get_count()))
