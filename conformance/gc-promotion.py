from __future__ import print_function
import gc
gc.collect()
gc.disable()
keep = []
keep.append(keep)
t = tuple([1, 2])
d = {'a': []}
d['a'] = 1
print("tracked before:", gc.is_tracked(t), gc.is_tracked(d))
gc.collect(0)
print("after gen0:", gc.is_tracked(t), gc.is_tracked(d))
gc.collect()
print("after full:", gc.is_tracked(t), gc.is_tracked(d), gc.is_tracked(keep))
print("count after full:", gc.get_count()[1:])
gc.enable()
