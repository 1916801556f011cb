from __future__ import print_function
import sys
# comprehension scoping, closures in loops, default-arg capture, nonlocal-free counters
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
x = 10
lst = [x for x in range(3)]
print(x, lst)
d = {k: v for k, v in zip('abc', range(3))}
print(sorted(d.items()), {v % 2 for v in range(5)})
def make_adders():
    adders = []
    for n in range(3):
        def add(m, n=n):
            return m + n
        adders.append(add)
    return adders
print([a(10) for a in make_adders()])
def outer():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = outer(); c(); c()
print(c(), c.__code__.co_freevars if hasattr(c, '__code__') else None)
nested = [[i * j for j in range(3)] for i in range(3)]
flat = [v for row in nested for v in row if v]
print(nested, flat)
matrix = list(zip(*nested))
print(matrix, list(map(sum, nested)))
words = 'the quick brown the lazy the end'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(words, key=len), min(words), sorted(words, key=lambda w: (len(w), w))[:3])
a, rest = 1, [2, 3]
print(a, rest)
print(divmod(17, 5), round(2.675, 2), int('ff', 16), '%.3e' % 12345.6789, 7 // -2, -7 // 2)
