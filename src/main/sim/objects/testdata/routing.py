from __future__ import print_function
import sys
# Ten live str objects of each request size: the usual distance between neighbours is the block
# (pymalloc: the 16-byte size class up to 512 bytes) or the glibc chunk (raw malloc above 512).
base = sys.getsizeof('')
for n in (256, 257, 512, 513):
    keep = [s + 'y' for s in ['x' * (n - base - 1)] * 10]
    ids = [id(s) for s in keep]
    gaps = [ids[i + 1] - ids[i] for i in range(9)]
    print(n, sys.getsizeof(keep[0]), max(set(gaps), key=gaps.count))
