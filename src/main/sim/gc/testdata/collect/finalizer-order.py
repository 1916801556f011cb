from __future__ import print_function
import gc


class N(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


gc.collect()
c = N('c')
a = N('a')
b = N('b')
a.next = b
b.next = c
c.next = a
del a, b, c
gc.set_debug(gc.DEBUG_STATS)
print(gc.collect())
gc.set_debug(0)
print(list(o.name for o in gc.garbage))
