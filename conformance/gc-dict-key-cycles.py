from __future__ import print_function
import gc
gc.collect()

class K(object):
    def __init__(self, name):
        self.name = name

def names(objs):
    return [type(o).__name__ for o in objs]

# a dict that holds an instance only as a key is still tracked
d = {}
k = K('k')
d[k] = 1
print('tracked with a container key:', gc.is_tracked(d))
d2 = {}
d2[(1, 2)] = 1
print('tracked with a tuple key:', gc.is_tracked(d2))

# cycles that go through dict keys
k.d = d
del d, k
print('key cycle:', gc.collect())
k = K('k2')
d = {'a': 1, k: 2}
k.d = d
del d, k
print('display key cycle:', gc.collect())
k = K('k3')
d = dict(a=1)
d[(k,)] = 0
k.d = d
del d, k
print('tuple key cycle:', gc.collect())
d = {}
for i in range(20):
    d['s%d' % i] = i
k = K('k4')
d[k] = 5
k.d = d
del d, k
print('key added to a big str dict:', gc.collect())
src = {K('k5'): 1}
cp = dict(src)
list(cp)[0].back = cp
del src, cp
print('copied dict key cycle:', gc.collect())

# what the collector sees inside dicts
x = K('x'); y = K('y')
print(names(gc.get_referents({x: 'v'})))
print(names(gc.get_referents({'n': x, 'm': y})))
print(names(gc.get_referents({1: x})))
d4 = {}
d4[1] = 1
del d4[1]
d4['a'] = x
print(names(gc.get_referents(d4)))
d5 = {1: 1}
d5.clear()
d5['a'] = x
print(names(gc.get_referents(d5)))
print(names(gc.get_referents(dict.fromkeys([x]))))
print(names(gc.get_referents({k2: k2 for k2 in (x,)})))
