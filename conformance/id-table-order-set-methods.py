# set.union(*others) updates one copy in place, difference(*others) its first result; union() with no
# argument is a new set; intersection_update keeps the objects of the set it iterates; a 2.7 table
# checks its fill after every new key, also one that reuses a dummy slot.
import gc
gc.collect()


class H(object):
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __repr__(self):
        return 'H(%d)' % self.h


a = set([256, 2.25, frozenset([8, 4]), False, H(42), 160, H(192), 48, 144, H(480), 1.75, H(63)])
b = set([1.0, True])
print(list(a.union(b, [H(416)])))
print(list(a.union([8, 16, 24], set([32, 40]), (48, 56))))
print(list(a.difference([48], set([160, 144]), [1.75])))
u = a.union()
print(u is a, u == a, list(u))
x = set([288, 1.0, False, 3.0])
x.intersection_update(frozenset([True, 7]))
print(x)
y = set([0.0, 5, 13])
y.intersection_update([False, 13])
print(y)
s = set([128, 8.5, 8.25, 16, frozenset([0, 3]), H(33), 37, -10, 64, 80])
d = dict.fromkeys(s, 0)
for k in list(d)[::3]:
    del d[k]
d[128] = 1
d[144] = 2
print(list(d.items()))
e = d.copy()
e[8.75] = 3
print(list(e))
