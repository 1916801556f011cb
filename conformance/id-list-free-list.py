from __future__ import print_function
# Dead list headers wait on a free list; the newest dead one is handed out first.
L = [[] for _ in range(5)]
ids = [id(x) for x in L]
del L
M = [[] for _ in range(5)]
print("the same five addresses come back:", sorted(id(m) for m in M) == sorted(ids))
a = [1]
b = [2]
ia, ib = id(a), id(b)
del a
del b
c = [3]
print("last freed is reused first:", id(c) == ib, id(c) == ia)
d = {"k": 1}
i = id(d)
del d
e = {"other": 2}
print("dict reuses a freed dict:", id(e) == i)
s = set([1, 2])
i = id(s)
del s
s2 = set([3])
print("set reuses a freed set:", id(s2) == i)
