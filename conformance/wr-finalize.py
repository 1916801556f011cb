from __future__ import print_function
import gc, sys, weakref
# profiles: 3.10 3.12 3.13
# (weakref.finalize is new in 3.4)

class Res(object):
    pass

def release(tag, mode=None):
    print('release', tag, mode)
    return tag

a = Res()
f = weakref.finalize(a, release, 'a', mode='rb')
print(f.alive, f.atexit, sys.getrefcount(a), weakref.getweakrefcount(a))
del a
print('after del', f.alive)
b = Res()
g = weakref.finalize(b, release, 'b')
print(g.peek()[2], g(), g.alive, g())
c = Res()
h = weakref.finalize(c, release, 'c')
print(h.detach()[2], h.alive)
del c
d = Res()
d.me = d
k = weakref.finalize(d, release, 'd')
del d
gc.collect()
print('collected', k.alive)
e1 = Res()
e2 = Res()
weakref.finalize(e1, release, 'e1')
weakref.finalize(e2, release, 'e2')
q = weakref.finalize(e2, release, 'not at exit')
q.atexit = False
print('end of program')
