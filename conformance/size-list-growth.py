from __future__ import print_function
import sys
# Appending grows the item array in steps (list_resize over-allocates).
l = []
last = sys.getsizeof(l)
print("empty:", last)
for n in range(1, 41):
    l.append(n)
    s = sys.getsizeof(l)
    if s != last:
        print("len %2d: %d" % (n, s))
        last = s
while len(l) > 3:
    l.pop()
    s = sys.getsizeof(l)
    if s != last:
        print("popped to %2d: %d" % (len(l), s))
        last = s
l.insert(0, 0)
print("insert:", sys.getsizeof(l))
l[1:2] = list(range(10))
print("slice assignment of 10:", sys.getsizeof(l))
del l[:]
print("del l[:]:", sys.getsizeof(l))
