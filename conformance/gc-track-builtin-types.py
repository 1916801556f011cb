from __future__ import print_function
import gc
gc.collect()

class C(object):
    pass

# builtin types are not GC objects (only classes made by `class` are): holding them does not make a
# container tracked
print('builtin type tracked:', gc.is_tracked(int), 'class tracked:', gc.is_tracked(C))
d1 = {'k': int}
d2 = {'k': C}
d3 = {'a': str, 'b': float}
print('dict of builtin type:', gc.is_tracked(d1))
print('dict of class:', gc.is_tracked(d2))
print('dict of two builtin types:', gc.is_tracked(d3))
d4 = {}
d4['t'] = list
print('after storing list:', gc.is_tracked(d4))
d4['c'] = C
print('after storing C:', gc.is_tracked(d4))
d5 = {}
d5[int] = 'int'
print('builtin type as key:', gc.is_tracked(d5))
d6 = {}
d6[C] = 'C'
print('class as key:', gc.is_tracked(d6))
t1 = (int, 1)
t2 = (C, 1)
print('lists are always tracked:', gc.is_tracked([int]))
gc.collect()
print('after a collection:', gc.is_tracked(t1), gc.is_tracked(t2), gc.is_tracked(d2), gc.is_tracked(d4))
