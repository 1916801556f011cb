from __future__ import print_function
# Deleting from a dict or set leaves a dummy slot that a later insert may reuse (2.7 dicts and every
# set iterate in table order; 3.7+ dicts in insertion order).
s = set([1, 2, 3, 9, 17])
s.remove(9); s.add(25); s.discard(1); s.add(33)
print(s)
t = set(range(10))
for i in range(0, 10, 2):
    t.remove(i)
t.update([40, 41, 42])
print(t)
d = {}
for i in [5, 13, 21, 29]:
    d[i] = i
del d[13]
d[37] = 1
print(d)
e = dict((k, k) for k in 'abcdefgh')
del e['c']; del e['f']
e['z'] = 0; e['c'] = 1
print(e)
