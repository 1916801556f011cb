from __future__ import print_function
import sys
try:
    intern = sys.intern
except AttributeError:
    pass
# Identifier-like constants are interned; strings built at run time are not.
a = "hello_world"
b = "hello_world"
print("equal identifier constants:", a is b)
c = "".join(["hello", "_world"])
print("built at run time:", c is a, c == a)
print("interned copy:", intern(c) is a)
d = "hello world!"
e = "".join(["hello", " world!"])
print("non-identifier built at run time:", d is e, intern(e) is intern(d))
print("one character cached:", "".join(["z"]) is "".join(["z"]))
empty = str()
print("empty string cached:", "".join([]) is empty)
print("slice of one char is cached:", "xyz"[1:2] is "xyz"[1:2])
print("longer slices are new:", "wxyz"[1:3] is "wxyz"[1:3])
