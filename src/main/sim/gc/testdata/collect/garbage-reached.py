from __future__ import print_function
import gc


class D(object):
    def __del__(self):
        print('del D')


gc.collect()
d = D()
d.items = [d]
d.other = {'k': [1]}
del d
gc.set_debug(gc.DEBUG_STATS)
print(gc.collect())
gc.set_debug(0)
print(list(type(x).__name__ for x in gc.garbage))
if gc.garbage:
    g = gc.garbage[0]
    print(type(g.items).__name__, g.items[0] is g, g.other)
    del g
    del gc.garbage[:]
    print(gc.collect())
    print(len(gc.garbage))
