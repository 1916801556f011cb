# -*- coding: utf-8 -*-
# Records what CPython reports for object sizes, for src/main/sim/alloc/sizes.test.ts.
# Run by regen-sizes.sh under each profile's interpreter; prints one JSON document on stdout.
# Every record is {"spec": {...}, "getsizeof": N} where spec names the case in terms sizes.ts understands.
# "spacing" records give the most common distance between the addresses of many objects of one kind
# allocated in a row: the pymalloc block size (size class) of the object's own allocation.
from __future__ import print_function
import sys, json, gc
from collections import namedtuple

PY2 = sys.version_info[0] == 2
out = []


def rec(spec, value):
    out.append({"spec": spec, "getsizeof": sys.getsizeof(value)})


# ints: 2.7 int vs long is decided by the value (int if it fits a C long)
for v in [0, 1, -1, 5, 255, 256, 1000, 2**30 - 1, 2**30, -2**30, 2**60 - 1, 2**60, 2**62, 2**63 - 1,
          2**63, -2**63, -2**63 - 1, 2**64, 2**90, 2**100, -2**100, 10**30]:
    rec({"kind": "int", "value": str(v)}, int(v) if not PY2 else (int(v) if -2**63 <= v < 2**63 else long(v)))
rec({"kind": "bool", "value": True}, True)
rec({"kind": "bool", "value": False}, False)
rec({"kind": "float"}, 1.5)
rec({"kind": "none"}, None)
rec({"kind": "object"}, object())

# text: str on 3.x (all kinds); on 2.7 "str" is the byte string of the UTF-8 encoding, "unicode" the unicode type
texts = [u"", u"a", u"abc", u"hello world", u"x" * 100, u"\xe9", u"\xe9\xe9", u"caf\xe9", u"\xff" * 10,
         u"ab\u20ac", u"\u20ac", u"\u4e2d\u6587", u"\U0001F600", u"a\U0001F600b"]
for t in texts:
    # built at run time, so no cached UTF-8 copy is involved
    if PY2:
        # py2 narrow/wide: this build is UCS4; iterate code points via the unicode object
        rec({"kind": "str", "codepoints": [ord(c) for c in t]}, t.encode("utf-8"))
        rec({"kind": "unicode", "codepoints": [ord(c) for c in t]}, t)
    else:
        rec({"kind": "str", "codepoints": [ord(c) for c in t], "built": True}, u"".join([u"", t]) if t else u"")
# 3.12+ static one-character latin-1 singletons carry a cached UTF-8 copy
if not PY2:
    rec({"kind": "str", "codepoints": [0xe9], "singleton": True}, chr(0xe9))
    rec({"kind": "str", "codepoints": [0x61], "singleton": True}, chr(0x61))
for n in [0, 1, 3, 10, 100]:
    rec({"kind": "bytes", "length": n}, b"x" * n)

# lists, by how they are built
for n in range(0, 41):
    l = []
    for i in range(n):
        l.append(i)
    rec({"kind": "list", "build": "append", "n": n}, l)
for n in range(0, 12):
    rec({"kind": "list", "build": "repeat", "n": n}, [0] * n)
    rec({"kind": "list", "build": "from-sized", "n": n}, list(range(n)))
    rec({"kind": "list", "build": "comprehension", "n": n}, [x for x in range(n)])
    rec({"kind": "list", "build": "slice-copy", "n": n}, list(range(n))[:])
rec({"kind": "list", "build": "literal", "n": 0, "const": True}, [])
rec({"kind": "list", "build": "literal", "n": 1, "const": True}, [1])
rec({"kind": "list", "build": "literal", "n": 2, "const": True}, [1, 2])
rec({"kind": "list", "build": "literal", "n": 3, "const": True}, [1, 2, 3])
rec({"kind": "list", "build": "literal", "n": 5, "const": True}, [1, 2, 3, 4, 5])
rec({"kind": "list", "build": "literal", "n": 7, "const": True}, [1, 2, 3, 4, 5, 6, 7])
one = 1
rec({"kind": "list", "build": "literal", "n": 3, "const": False}, [one, 2, 3])
rec({"kind": "list", "build": "literal", "n": 5, "const": False}, [one, 2, 3, 4, 5])
for n, k in [(10, 3), (0, 3), (4, 1), (8, 9), (3, 30)]:
    l = list(range(n))
    l.extend(range(k) if not PY2 else list(range(k)))
    rec({"kind": "list", "build": "extend", "n": n, "by": k}, l)
for n, keep in [(100, 50), (100, 10), (10, 0), (20, 9)]:
    l = [0] * n
    del l[keep:]
    rec({"kind": "list", "build": "del-slice", "n": n, "keep": keep}, l)
for n, k in [(8, 1), (9, 5), (17, 16)]:
    l = []
    for i in range(n):
        l.append(i)
    for i in range(k):
        l.pop()
    rec({"kind": "list", "build": "append-pop", "n": n, "pop": k}, l)

# tuples
for n in range(0, 8):
    rec({"kind": "tuple", "n": n}, tuple(range(n)))
Point = namedtuple("Point", "x y")
Point3 = namedtuple("Point3", ["x", "y", "z"])
rec({"kind": "namedtuple", "n": 2}, Point(1, 2))
rec({"kind": "namedtuple", "n": 3}, Point3(1, 2, 3))

# dicts: str keys and int keys, by insertion, literal, dict.fromkeys, copy
for keys in ("str", "int"):
    def key(i):
        return ("k%d" % i) if keys == "str" else i
    for n in range(0, 45):
        d = {}
        for i in range(n):
            d[key(i)] = i
        rec({"kind": "dict", "build": "insert", "keys": keys, "n": n}, d)
        if n in (0, 1, 5, 6, 10, 11, 21, 22, 40):
            rec({"kind": "dict", "build": "copy", "keys": keys, "n": n}, d.copy())
            rec({"kind": "dict", "build": "fromkeys-list", "keys": keys, "n": n}, dict.fromkeys([key(i) for i in range(n)]))
    for n in (10, 22):
        d = {}
        for i in range(n):
            d[key(i)] = i
        for i in range(n):
            del d[key(i)]
        rec({"kind": "dict", "build": "insert-del-all", "keys": keys, "n": n}, d)
        d.clear()
        rec({"kind": "dict", "build": "insert-clear", "keys": keys, "n": n}, d)
rec({"kind": "dict", "build": "literal", "keys": "str", "n": 0}, {})
rec({"kind": "dict", "build": "literal", "keys": "str", "n": 1}, {"a": 1})
rec({"kind": "dict", "build": "literal", "keys": "int", "n": 1}, {1: 1})
rec({"kind": "dict", "build": "literal", "keys": "str", "n": 3}, {"a": 1, "b": 2, "c": 3})
rec({"kind": "dict", "build": "literal", "keys": "str", "n": 6}, {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6})
rec({"kind": "dict", "build": "literal", "keys": "int", "n": 6}, {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6})
rec({"kind": "dict", "build": "literal", "keys": "str", "n": 11},
    {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "i": 9, "j": 10, "k": 11})
rec({"kind": "dict", "build": "call", "keys": "str", "n": 0}, dict())
rec({"kind": "dict", "build": "call-kwargs", "keys": "str", "n": 2}, dict(a=1, b=2))
# str-keyed dict that gets one int key (3.12+: unicode keys table converts to a general one)
for n in (1, 3, 5):
    d = {}
    for i in range(n):
        d["k%d" % i] = i
    d[1000] = 0
    rec({"kind": "dict", "build": "str-then-int", "keys": "str", "n": n}, d)


# instances and their __dict__ (a fresh class per case: 3.12+ shared keys depend on the class's history)
for nattrs in range(0, 8):
    class C(object):
        pass
    instances = []
    for k in range(3):
        c = C()
        for i in range(nattrs):
            setattr(c, "a%d" % i, i)
        instances.append(c)
    rec({"kind": "instance", "attrs": nattrs}, instances[0])
    # instances created so far: 3. Reading __dict__ materialises the dict on 3.12+.
    rec({"kind": "instance-dict", "attrs": nattrs, "instancesCreated": 3}, instances[2].__dict__)
class D(object):
    pass
d0 = D()
rec({"kind": "instance-dict", "attrs": 0, "instancesCreated": 1}, d0.__dict__)
for k in range(2, 6):
    class E(object):
        pass
    es = [E() for _ in range(k)]
    rec({"kind": "instance-dict", "attrs": 0, "instancesCreated": k}, es[-1].__dict__)
for nslots in range(0, 5):
    S = type("S%d" % nslots, (object,), {"__slots__": tuple("s%d" % i for i in range(nslots))})
    rec({"kind": "slots", "n": nslots}, S())
    W = type("W%d" % nslots, (object,), {"__slots__": tuple("s%d" % i for i in range(nslots)) + ("__weakref__",)})
    rec({"kind": "slots", "n": nslots, "weakref": True}, W())

# sets
for n in range(0, 25):
    s = set()
    for i in range(n):
        s.add(i)
    rec({"kind": "set", "build": "add", "n": n}, s)
for n in (0, 3, 5, 20, 100):
    rec({"kind": "set", "build": "from-iterable", "n": n}, set(range(n)))
    rec({"kind": "frozenset", "build": "from-iterable", "n": n}, frozenset(range(n)))
rec({"kind": "set", "build": "literal", "n": 3}, {1, 2, 3})
rec({"kind": "set", "build": "literal", "n": 5}, {1, 2, 3, 4, 5})


# functions, cells, methods, generators, weakrefs, classes, ranges
def f():
    pass


def mk():
    x = 1

    def g():
        return x
    return g


class K(object):
    def m(self):
        pass


def gen():
    yield 1


rec({"kind": "function"}, f)
rec({"kind": "function", "closure": True}, mk())
rec({"kind": "function", "lambda": True}, lambda: 0)
rec({"kind": "cell"}, mk().__closure__[0])
rec({"kind": "method"}, K().m)
rec({"kind": "generator"}, gen())
import weakref
k = K()
rec({"kind": "weakref"}, weakref.ref(k))
rec({"kind": "weakproxy"}, weakref.proxy(k))
rec({"kind": "class"}, K)
rec({"kind": "range"}, range(10) if not PY2 else xrange(10))

# allocation spacing (block size of the object's own allocation)


def spacing(make, count=3000):
    gc.disable()
    objs = [make() for _ in [None] * count]
    ids = sorted(id(o) for o in objs)
    ds = {}
    for a, b in zip(ids, ids[1:]):
        ds[b - a] = ds.get(b - a, 0) + 1
    gc.enable()
    return sorted(ds.items(), key=lambda kv: -kv[1])[0][0]


class P(object):
    pass


class Q(object):
    __slots__ = ("a", "b")


big = [2**40]
one = [1]
spaced = [
    ("float", lambda: float(one[0]) + 0.5),
    ("int-big", lambda: big[0] + one[0]),
    ("tuple:3", lambda: (one[0], one[0], one[0])),
    ("list", lambda: [one[0]]),
    ("dict", lambda: {}),
    ("instance", lambda: P()),
    ("slots:2", lambda: Q()),
    ("set", lambda: set()),
    ("str:10", lambda: u"%010d" % one[0]),
    ("cell", lambda: (lambda x: (lambda: x))(one[0]).__closure__[0]),
]
for name, make in spaced:
    out.append({"spec": {"kind": "spacing", "of": name}, "spacing": spacing(make)})

print(json.dumps({"version": "%d.%d.%d" % sys.version_info[:3], "records": out}, indent=0, sort_keys=True))
