from __future__ import print_function
import gc, sys

class Base(object):
    count = 0
    def __init__(self, name):
        Base.count += 1
        self.name = name
    def hello(self):
        return "hi " + self.name
    def __str__(self):
        return "<%s>" % self.name

class Child(Base):
    def __init__(self, name, extra):
        super(Child, self).__init__(name)
        self.extra = extra
    def hello(self):
        return Base.hello(self) + "!"

c = Child("c", [1])
print(c.hello(), str(c), Base.count, isinstance(c, Base), type(c).__name__)
print(sorted(vars(c).keys()), sys.getrefcount(c.extra))
m = c.hello
print(sys.getrefcount(c))
del m
def f(*args, **kw):
    return len(args), sorted(kw)
print(f(1, 2, a=3), f(*[1], **{'b': 2}))
try:
    try:
        raise ValueError("bad %d" % 3)
    finally:
        print("finally")
except ValueError as e:
    print("caught", e, repr(e))
class E(Exception):
    pass
try:
    raise E("x")
except Exception as e:
    print(type(e).__name__, e.args)
x = [i * i for i in range(5) if i % 2]
print(x, {k: v for k, v in zip("ab", "cd")}, {i % 3 for i in range(10)} == {0, 1, 2})
lam = lambda a, b=2: a * b
print(lam(3), lam(3, 4), (lambda: None)() is None)
gc.collect()
l = []
l.append(l)
d = {}
d['self'] = d
del l, d
print("collected", gc.collect())
print(1 if [] else 2, not None, None or "default", 0 and 1)
i = 0
while True:
    i += 1
    if i > 3:
        break
else:
    print("no")
for j in range(2):
    pass
else:
    print("for-else", j)
assert i == 4, "never"
try:
    assert i == 5, "i is %d" % i
except AssertionError as e:
    print("assert:", e)
print("%r %s %d%%" % ("q", 1.5, 50), "{:.3f}".format(2.0 / 3), "{name}-{0}".format(1, name="n"))
