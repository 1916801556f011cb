from __future__ import print_function
# gc.get_referrers: 2.7 tracks a running frame, so it refers to its locals; 3.x frames are not tracked while they run
import gc
class A(object):
    pass
def f():
    a = A()
    holder = [a]
    refs = gc.get_referrers(a)
    print(sorted(type(r).__name__ for r in refs))
f()
b = A()
lst = [b]
d = {'k': b}
print(sorted(type(r).__name__ for r in gc.get_referrers(b)))
print(len(gc.get_referents(lst)), gc.get_referents(d) == [b] or gc.get_referents(d))
