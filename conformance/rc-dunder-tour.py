from __future__ import print_function
class Vec(object):
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __len__(self):
        return 2
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __call__(self, k):
        return self.x * k
    def __bool__(self):
        return bool(self.x or self.y)
    __nonzero__ = __bool__
v = Vec(1, 2) + Vec(3, 4)
print(v, v == Vec(4, 6), len({v, Vec(4, 6)}), sorted([Vec(2, 0), Vec(1, 5)]), len(v), list(v), v[1], 6 in v, v(10), bool(Vec(0, 0)))
try:
    v.z = 1
except AttributeError as e:
    print('AttributeError', e)
class Temp(object):
    unit = 'C'
    def __init__(self, d):
        self._d = d
    @property
    def f(self):
        return self._d * 9.0 / 5 + 32
    @staticmethod
    def zero():
        return Temp(0)
    @classmethod
    def named(cls):
        return cls.__name__
t = Temp(100)
print(t.f, Temp.zero()._d, Temp.named(), t.unit, Temp.unit)
t.unit = 'F'
print(t.unit, Temp.unit, [str(x) for x in [1, None, 'a']])
class Sub(Temp):
    def __init__(self, d):
        super(Sub, self).__init__(d * 2)
print(Sub(5)._d, isinstance(Sub(1), Temp), Sub.named(), Sub.__mro__[1].__name__)
