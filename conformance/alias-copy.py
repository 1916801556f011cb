from __future__ import print_function
import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print("shallow:", s)
print("deep:", d)
print("shallow shares inner:", s[1] is a[1], "deep does not:", d[1] is a[1])
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print("deepcopy keeps the cycle:", dc[1] is dc, dc[1] is cyc)

class P(object):
    def __init__(self):
        self.items = []

p = P()
q = copy.copy(p)
r = copy.deepcopy(p)
p.items.append("x")
print("instance copies:", q.items, r.items)
t = (1, 2)
print("tuple copy is same:", copy.copy(t) is t, copy.deepcopy(t) is t)
