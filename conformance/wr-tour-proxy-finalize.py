from __future__ import print_function
import weakref, gc, sys
class T(object):
    def __init__(self, n): self.n = n
    def __repr__(self): return 'T(%d)' % self.n
    def hello(self): return 'hi %d' % self.n
a = T(1)
p = weakref.proxy(a)
print(p.n, p.hello(), type(p).__name__ if sys.version_info[0] > 2 else 'weakproxy')
del a
try:
    p.n
except ReferenceError as e:
    print('ReferenceError:', e)
k1, k2 = T(1), T(2)
wk = weakref.WeakKeyDictionary({k1: 'one', k2: 'two'})
print(sorted(wk.values()), len(wk))
del k1
print(sorted(wk.values()), len(wk))
ws = weakref.WeakSet([k2, T(3)])
print(len(ws), k2 in ws)
b = T(5)
f = weakref.finalize(b, print, 'finalized', 5)
print(f.alive)
del b
print(f.alive)
order = []
c = T(6)
r1 = weakref.ref(c, lambda r: order.append('r1'))
r2 = weakref.ref(c, lambda r: order.append('r2'))
del c
print(order)
def outer():
    big = T(7)
    def inner():
        return big.n
    return inner
fn = outer()
wr = weakref.ref(fn.__closure__[0].cell_contents)
print(fn(), wr() is not None)
del fn
print(wr())
print(weakref.getweakrefcount(k2), weakref.getweakrefs(k2) == [] or len(weakref.getweakrefs(k2)))
try:
    weakref.ref(1)
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.ref([])
except TypeError as e:
    print('TypeError:', e)
