from __future__ import print_function
import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = []
b = [a]
a.append(b)
del a, b
print(gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage))
print(gc.garbage[0][0] is gc.garbage[1], gc.garbage[1][0] is gc.garbage[0])
gc.set_debug(0)
del gc.garbage[:]
print(gc.collect())
print(len(gc.garbage))
