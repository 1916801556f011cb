from __future__ import print_function
import gc, sys
gc.collect()
a = []
b = [a]
a.append(b)
del b
print(sys.getrefcount(a) - 1, sys.getrefcount(a[0]) - 1)
print(sum(r is a[0] for r in gc.get_referents(a)), sum(r is a for r in gc.get_referents(a[0])))
print(gc.collect(0))
print(len(a[0]))
