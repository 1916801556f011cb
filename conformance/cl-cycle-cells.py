from __future__ import print_function
import gc, sys

def make_recursive():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact

gc.collect()
f = make_recursive()
print(f(5), f.__closure__[0].cell_contents is f, sys.getrefcount(f))
del f
print('self-referencing closure', gc.collect())

def make_pair():
    state = {}
    def get():
        return state.get('v')
    def put(v):
        state['v'] = v
    put(get)
    return get, put

g, p = make_pair()
print(g() is g, len(g.__closure__), len(p.__closure__))
del g, p
print('closures through a dict', gc.collect())
x = [make_recursive() for i in range(3)]
del x
print('three of them', gc.collect())
