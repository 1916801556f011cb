from __future__ import print_function
import sys
# How a list was built decides its capacity, not only its length.
print("literal [a, b, c]:", sys.getsizeof([len, len, len]))
print("list of constants:", sys.getsizeof([1, 2, 3, 4, 5]))
print("list(range(7)):", sys.getsizeof(list(range(7))))
print("list(generator of 7):", sys.getsizeof(list(x for x in range(7))))
print("list(generator of 20):", sys.getsizeof(list(x for x in range(20))))
print("comprehension of 7:", sys.getsizeof([x for x in range(7)]))
print("[None] * 7:", sys.getsizeof([None] * 7))
print("sorted(tuple of 7):", sys.getsizeof(sorted((7, 6, 5, 4, 3, 2, 1))))
a = [1, 2, 3]
print("a + a:", sys.getsizeof(a + a))
print("a[:]:", sys.getsizeof(a[:]))
b = []
b += a
print("[] += a:", sys.getsizeof(b))
c = [0]
c.extend(x for x in range(5))
print("extend by generator:", sys.getsizeof(c))
c.extend([9] * 10)
print("extend by list of 10:", sys.getsizeof(c))
