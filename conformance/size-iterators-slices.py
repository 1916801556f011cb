from __future__ import print_function
# Iterator types and sizes, slices as GC objects (and 3.x's one-slice cache), object() is not a GC object.
import gc, sys

class G(object):
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i

d = {1: 2}
objs = [iter([]), iter(()), iter({}), iter(set()), iter(frozenset()), iter('ab'), iter(b'ab'),
        reversed([1]), reversed((1, 2)), reversed(range(3)), iter(range(3)), enumerate([]), iter(G()),
        object(), slice(1, 2)]
for o in objs:
    print(type(o).__name__, sys.getsizeof(o), gc.is_tracked(o))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(list(reversed(range(10, 0, -2))), list(iter(G())))
r = reversed([1, 2, 3])
print(next(r), list(r))
b = b'abc'
print(list(b), [x for x in b], sorted(b), sum(iter(b)) if sys.version_info[0] > 2 else 294)

gc.collect()
c0 = gc.get_count()[0]
keep = [object() for i in range(50)]
print("object() allocations counted:", gc.get_count()[0] - c0 < 5)

a = list(range(10))
gc.collect()
c = gc.get_count()[0]
for i in range(20):
    x = a[1:5]
    del x
    y = a[::2]
    del y
print("slicing leaves the count at +", gc.get_count()[0] - c)
s = slice(1, 3)
print(gc.is_tracked(s), a[s], s.start, s.stop, s.step)

class C(object):
    def __getitem__(self, k):
        return (type(k).__name__, k.start, k.stop, k.step)

print(C()[1:2], C()[::3], C()[:5])
a[2:4] = [7, 7, 7]
del a[0:1]
a[1:3] += [5]
print(a, (1, 2, 3)[1:], 'abc'[1:], (1, 2, 3)[::-1])
