from __future__ import print_function
import gc
gc.collect()
x = []
p = [x]
q = [p]
p.append(q)
del p, q
print(gc.collect(0))
print(len(x))
