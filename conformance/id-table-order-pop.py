# set.pop takes the first live slot from a search finger (3.x: so->finger; 2.7: kept in slot 0's
# hash field, as 2.7 dict.popitem does), not the oldest element.
import gc
gc.collect()
s = set([5, 3, 9, 1, 17, 33])
out = []
while s:
    out.append(s.pop())
print(out)
s = set([(1, 2), 0.5, 8, 16, 24])
print(s.pop(), s.pop())
s.add(40)
print(s.pop(), list(s))
d = {5: 1, 3: 2, 9: 3, 17: 4}
print(d.popitem(), d.popitem())
a = set([10, 2, 8])
d = dict.fromkeys([8, 16, 24, 3, 0, 40, 1])
del d[0]
print([d.popitem()[0] for i in range(3)])
d[0] = 1
d[64] = 2
print([d.popitem()[0] for i in range(4)])
s = set(range(0, 200, 8))
print([s.pop() for i in range(5)])
s.add(0); s.add(1000)
print([s.pop() for i in range(5)])
