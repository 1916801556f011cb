from __future__ import print_function
import gc, sys, weakref

class Obj(object):
    def __init__(self, n):
        self.n = n

cache = weakref.WeakValueDictionary()
a = Obj(1)
b = Obj(2)
key = 'k' + str(1)
print(sys.getrefcount(a), sys.getrefcount(key))
cache[key] = a
cache['b'] = b
print(sys.getrefcount(a), sys.getrefcount(key), len(cache))
print('k1' in cache, cache['k1'].n, cache.get('zz'), cache.get('b').n)
print(type(weakref.getweakrefs(a)[0]).__name__, weakref.getweakrefcount(a))
del a
print(len(cache), 'k1' in cache, sys.getrefcount(key))
try:
    cache['k1']
except KeyError as e:
    print('KeyError', e)
b.me = b
del b
print('before collect', len(cache))
print('collected', gc.collect() > 0, len(cache))
c = Obj(3)
print(cache.setdefault('c', c).n, len(cache), cache.pop('c').n, len(cache))
try:
    cache['n'] = 5
except TypeError as e:
    print('TypeError', e)
