from __future__ import print_function
import sys
# Dicts and sets resize their tables in jumps; copies and displays are presized.
d = {}
last = 0
for n in range(30):
    s = sys.getsizeof(d)
    if s != last:
        print("dict %2d str keys: %d" % (n, s))
        last = s
    d["k%d" % n] = n
print("copy of 30:", sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
print("display of 7:", sys.getsizeof({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7}))
print("dict(a=1, b=2):", sys.getsizeof(dict(a=1, b=2)))
print("fromkeys of 8:", sys.getsizeof(dict.fromkeys(range(8))))
for n in range(25):
    del d["k%d" % n]
print("after deleting 25:", sys.getsizeof(d))
s = set()
last = 0
for n in range(25):
    z = sys.getsizeof(s)
    if z != last:
        print("set %2d: %d" % (n, z))
        last = z
    s.add(n)
print("set copy:", sys.getsizeof(s.copy()), "frozenset:", sys.getsizeof(frozenset(s)))
print("set of a list of 6:", sys.getsizeof(set([1, 2, 3, 4, 5, 6])))
s.clear()
print("cleared:", sys.getsizeof(s))
