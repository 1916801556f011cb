from __future__ import print_function
# sys.getsizeof of instances, dicts, strs, ints, containers as they grow, iterators, classes (3.10 adds the shared instance keys)
import sys
class A(object):
    pass
class S(object):
    __slots__ = ('a', 'b')
class S2(object):
    __slots__ = ()
a = A()
print(sys.getsizeof(a), sys.getsizeof(S()), sys.getsizeof(S2()))
print(sys.getsizeof(a.__dict__))
a.x = 1
print(sys.getsizeof(a.__dict__))
for i in range(10):
    setattr(a, 'k%d' % i, i)
print(sys.getsizeof(a.__dict__))
print(sys.getsizeof(''), sys.getsizeof('a'), sys.getsizeof('abc'), sys.getsizeof(u'\u00e9'), sys.getsizeof(u'\u4e2d\u6587'))
print(sys.getsizeof(b''), sys.getsizeof(b'abc'))
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**60), sys.getsizeof(2**100), sys.getsizeof(-5))
print(sys.getsizeof(1.5), sys.getsizeof(True), sys.getsizeof(None))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2, 3]))
l = []
sizes = []
for i in range(40):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print(sizes)
d = {}
ds = []
for i in range(40):
    d[i] = i
    ds.append(sys.getsizeof(d))
print(ds)
s = set()
ss = []
for i in range(40):
    s.add(i)
    ss.append(sys.getsizeof(s))
print(ss)
print(sys.getsizeof(frozenset()), sys.getsizeof(frozenset([1,2,3])))
print(sys.getsizeof(range(10)), sys.getsizeof(iter([])), sys.getsizeof(lambda: 0))
print(sys.getsizeof(A), sys.getsizeof(object()), sys.getsizeof({}), sys.getsizeof(set()))
print(sys.getsizeof(list(range(10))), sys.getsizeof([i for i in range(10)]), sys.getsizeof([0]*10))
print(sys.getsizeof(dict.fromkeys(range(10))), sys.getsizeof(dict(a=1, b=2)), sys.getsizeof({'a': 1, 'b': 2}))
t = tuple(range(10))
print(sys.getsizeof(t), sys.getsizeof(t[2:5]))
print(sys.getsizeof('x' * 100), sys.getsizeof(str(12345)))
