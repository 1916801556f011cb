from __future__ import print_function
import gc
gc.collect()
gc.disable()
for g in (0, 1, 2):
    l = []
    l.append(l)
    del l
    print("gen", g, "->", gc.collect(g), gc.get_count()[1:])
for bad in (-1, 3):
    try:
        gc.collect(bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
gc.set_threshold(5, 3, 2)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
gc.enable()
