from __future__ import print_function
import gc, sys
gc.collect()
b = []
a = [b]
b.append(a)
del b
print(sys.getrefcount(a) - 1, sys.getrefcount(a[0]) - 1)
print(gc.collect(0))
print(len(a[0]), a[0][0] is a)
