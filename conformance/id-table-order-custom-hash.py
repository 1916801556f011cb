# Instances whose class defines __hash__ sit in a set's table where that hash puts them
# (slot_tp_hash: -1 becomes -2, values beyond 64 bits hashed as ints); without __eq__ an instance is
# only equal to itself, and on 3.x a class defining __eq__ alone is unhashable.
import gc
gc.collect()


class H(object):
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __repr__(self):
        return 'H(%d)' % self.h


class E(H):
    def __eq__(self, other):
        return isinstance(other, E) and other.h == self.h

    __hash__ = H.__hash__


class OnlyEq(H):
    def __eq__(self, other):
        return self is other


vals = [H(1), H(-1), H(2 ** 64 + 3), H(-2 ** 70), H(9), H(17), H(33), H(2 ** 63 - 1), H(5)]
print([hash(v) for v in vals])
s = set(vals)
print(len(s), list(s))
twins = set([H(4), H(4), H(12)])
print(len(twins), sorted(x.h for x in twins))
eq = set([E(4), E(4), E(12), E(20), E(3)])
print(len(eq), list(eq))
try:
    print(hash(OnlyEq(1)))
except TypeError as e:
    print('TypeError', e)
s.discard(vals[4])
s.add(H(25))
s.add(H(-2))
print(list(s))
d = {}
for v in [E(i * 7) for i in range(9)]:
    d[v] = v.h
print(list(d.values()))


class Ret(object):
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


for v in [2.5, -1.5, 'x', None, True, 2 ** 100, -1]:
    try:
        print(hash(Ret(v)))
    except TypeError as e:
        print('TypeError', e)
