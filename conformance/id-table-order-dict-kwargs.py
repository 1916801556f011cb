# 2.7: dict(a=1, ...) merges a kwargs dict that update_keyword_args filled last keyword first, so its
# slot order is not that of inserting the keywords in order; dict(**d) and dict(d) merge d's table.
import gc
gc.collect()
print(dict(a=1, b=2, c=3, dd=4))
print(dict(x=1, y=2, z=3, w=4, v=5, u=6, t=7))
print(dict([(1, 2)], a=1, b=2, c=3, dd=4))
d = {}
for k in ['a', 'b', 'c', 'dd', 'e', 'ab', 'ba', 'q']:
    d[k] = len(k)
print(d)
print(dict(**d))
print(dict(d, zz=1, yy=2))
print(dict(d))
print(d.copy())
e = dict(q=0, ab=1)
e.update(d)
print(e)
print(dict(aa=1, bb=2, ab=3, ba=4, a_=5, _a=6, abc=7, cba=8, x=9))
