from __future__ import print_function
import gc

saved = []


class R(object):
    def __del__(self):
        print('del called')
        saved.append(self)


gc.collect()
r = R()
r.me = r
del r
gc.set_debug(gc.DEBUG_STATS)
print(gc.collect())
gc.set_debug(0)
print(len(saved))
if saved:
    print(saved[0].me is saved[0])
    del saved[:]
    print(gc.collect())
    print(len(saved))
print(len(gc.garbage))
