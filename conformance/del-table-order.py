from __future__ import print_function
import gc
gc.collect()
# A dict or set releases its entries in the order of its table: sets (and 2.7 dicts) by hash slot,
# 3.x dicts by insertion.
class N(object):
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
d = {9: N("d9"), 1: N("d1")}
d = None
print("--")
s = {3: N("three"), 1: N("one"), 17: N("seventeen"), 9: N("nine")}
del s
print("--")
d = {10: N("d10"), 2: N("d2"), 18: N("d18"), 5: N("d5"), 26: N("d26")}
del d[2]
d[34] = N("d34")
d = 0
print("--")
t = {4: N("t4"), 12: N("t12"), 20: N("t20")}
t.clear()
print("--")
class K(object):
    def __init__(self, n): self.n = n
    def __del__(self): print("delK", self.n)
ks = [K(i) for i in (40, 8, 16, 1)]
st = set([(k.n, k) for k in ks][i][0] for i in range(4))
print(sorted(st))
byint = dict((k.n, k) for k in ks)
del ks
byint.clear()
print("--")
frozen = frozenset([33, 1, 65])
holder = {n: N("f%d" % n) for n in frozen}
del holder
print("--")
cyc = {0: None, 17: N("c17"), 1: N("c1"), 9: N("c9")}
cyc[0] = cyc
del cyc
print(gc.collect() > 0)
print("end")
