# A set display of constants (3.x: a folded frozenset merged into a new set) keeps the merged layout
# when it is later changed, copied or combined.
import gc
gc.collect()
s = {17, 1, 9, 25, 33, 41}
print(s)
s.add(49)
print(s)
t = {8, 16, 0, 24, 3}
t.discard(16)
t.add(32)
print(t)
u = {(1, 2), 0.5, 13, 5, 21} | {1, 29}
print(u)
v = {9, 1, 17, 25, 33}
print(set(v), v.copy(), v - {1}, v & {33, 9, 1}, v ^ {41})
w = {0.25, 8.25, (3, 3), 64, 128, 192, 256}
w.update([320, 384])
print(w)
print(frozenset({-1, -2, 7, 15, 23}), {(1,), (1, 1), (1, 1, 1), (), 18446744073709551616})
