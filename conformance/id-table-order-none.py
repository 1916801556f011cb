# profiles: 3.12 3.13
# 3.12+ hashes None to a constant (none_hash), so a set holding None has a fixed order.
import gc
gc.collect()
print(hash(None), hash((None, 1)), hash(frozenset([None])))
print(set([3, None, 1, (None,), 17, 0.5]))
s = set([None, 2, 4, 6, 8, 10])
s.discard(4)
s.add(None)
s.add(32)
print(list(s))
print({None, (None, None), 12})
