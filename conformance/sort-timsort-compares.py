# list.sort/sorted make timsort's comparisons on short lists (count_run, then binary insertion; 3.13's
# new count_run), so __lt__ sees the same operands in the same order, and errors name the same types.
from __future__ import print_function
log = []
class K(object):
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return 'K(%r)' % (self.v,)
for data in ([3, 1, 2], [1, 2, 3, 0], [5, 4, 3, 1, 2], [2, 2, 1, 1, 3], [3, 2, 2, 1, 4, 0], [1, 1, 1], [4, 3, 3, 3, 5, 6, 1], [9, 8, 7, 7, 8, 9, 1, 2]):
    del log[:]
    r = sorted([K(x) for x in data])
    print(data, [k.v for k in r], log)
    del log[:]
    r = sorted([K(x) for x in data], reverse=True)
    print([k.v for k in r], log)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: sorted([1, 'a']))
t(lambda: sorted(['a', 1]))
t(lambda: sorted([2, 1, None]))
t(lambda: sorted([3, 2, 1, 'x']))
t(lambda: [1, 'a', 2].sort())
t(lambda: sorted([1, 2], key=5))
