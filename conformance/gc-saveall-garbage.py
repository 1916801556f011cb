from __future__ import print_function
import gc
gc.collect()
gc.disable()
gc.set_debug(gc.DEBUG_SAVEALL)
l = []
l.append(l)
d = {}
d['me'] = d
del l, d
print("collect:", gc.collect())
print("garbage:", sorted(type(x).__name__ for x in gc.garbage))
gc.set_debug(0)
del gc.garbage[:]
print("after clearing:", gc.collect())
print("debug flags:", gc.get_debug(), gc.DEBUG_LEAK & gc.DEBUG_SAVEALL != 0)
gc.enable()
