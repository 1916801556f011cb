from __future__ import print_function
import gc
saved = []
class R(object):
    def __del__(self):
        print("__del__ runs")
        saved.append(self)
gc.collect()
gc.disable()
r = R()
r.me = r
del r
n = gc.collect()
print("saved:", len(saved), "garbage:", len(gc.garbage))
print("collect returned zero or more:", n >= 0)
del saved[:]
print("again:", gc.collect() >= 0, len(saved))
gc.enable()
