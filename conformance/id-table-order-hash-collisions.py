# Instances of a class with __eq__ and a colliding __hash__ stay distinct set members and dict keys
# unless __eq__ says they are equal; the table order follows their hashes and insertion history.
import gc
gc.collect()


class P(object):
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return self.x % 4

    def __repr__(self):
        return 'P(%d)' % self.x


s = set([P(1), P(5), P(2), P(9), P(6)])
print(len(s), list(s))
print(P(5) in s, P(13) in s, P(2) in s)
s.add(P(1))
s.add(P(13))
print(len(s), list(s))
s.discard(P(5))
print(len(s), list(s))
d = {P(3): 'a', P(7): 'b', P(11): 'c'}
print(len(d), d[P(7)], list(d.keys()))
d[P(7)] = 'B'
print(len(d), sorted(d.values()))
print(len(set([P(i % 6) for i in range(30)])))
