# profiles: 3.10 3.12 3.13
# Set operations on dict keys views build a set from the view's dict (PySet_New's presized dict path),
# then update it in place with the other operand.
import gc
gc.collect()
d = {1: 0, 9: 0, 17: 0, 4: 0}
print(d.keys() & {9, 4, 25}, d.keys() | {33, 2}, d.keys() - {1}, d.keys() ^ {1, 41})
e = dict.fromkeys([8, 16, 24, 32, 40, 3, 11])
print(e.keys() - {3}, e.keys() | [48, 56], e.keys() ^ {16, 64, 72})
print({0, 5} | e.keys(), [1, 8] - e.keys() if False else {1, 8} - e.keys())
a = set([10, 2, 8, 33, 17])
print({*a, *[7, 1], *{41, 9}})
