from __future__ import print_function
# is / id across constants, caches and fresh objects: small ints, interned and cached strings, empty tuple and 2.7 empty frozenset, str() of ints and case methods making new strings, id reuse.
import sys
a = 256; b = 256
print(a is b, 257 is 257)
x = 257
y = 257
print(x is y)
def f():
    p = 1000
    q = 1000
    return p is q
print(f())
s1 = "hello"; s2 = "hello"
print(s1 is s2)
s3 = "hello world"; s4 = "hello world"
print(s3 is s4)
s5 = "".join(["hel", "lo"])
print(s5 is s1, s5 == s1)
print(sys.intern(s5) is s1 if sys.version_info[0] > 2 else intern(s5) is s1)
t1 = (1, 2); t2 = (1, 2)
print(t1 is t2)
print(() is (), tuple() is (), tuple([]) is ())
print(frozenset() is frozenset())
e1 = ""; e2 = str()
print(e1 is e2)
n1 = int('5'); print(n1 is 5)
n2 = 10 ** 2; print(n2 is 100)
l1 = []; l2 = []
print(l1 is l2, id(l1) == id(l2))
print(id([]) == id([]))
print(id(object()) == id(object()))
class A(object): pass
print(id(A()) == id(A()))
fl = 1.5; fl2 = 1.5
print(fl is fl2)
def g():
    return 1.5
print(g() is g())
print(None is None, True is (1 == 1))
x = -5; y = -5; print(x is y)
x = -6; y = -6; print(x is y)
w = 'a' * 20; z = 'a' * 20; print(w is z)
w = 'a' * 4097; z = 'a' * 4097; print(w is z)
print('ab' + 'cd' is 'abcd')
k = 'ab'; print(k + 'cd' is 'abcd')
print(str(1) is '1', repr(1) is '1')
print(str(7) is str(7), '%d' % 5 is '5', 'abc'[0] is 'a', 'x'.upper() is 'X', 'X'.lower() is 'x', ''.upper() is '')
print(frozenset() is frozenset(), frozenset([]) is frozenset())
d = {}
d['k'] = 1
print(list(d)[0] is 'k')
