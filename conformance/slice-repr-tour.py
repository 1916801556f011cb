# -*- coding: utf-8 -*-
# repr of strings with quotes/escapes inside containers, slicing with negative and extended steps
# on list/str/tuple, slice assignment and deletion, slice and (x)range reprs, and whole-str slices.
from __future__ import print_function
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('\\'), repr('\t\n\r\x00\x7f\x1b'))
print([u'a', 'b'], ('x',), {'k': [1, (2, 'v')]}, [[], {}, ()], (1,), ((),))
print(repr('\xe9'), repr(u'\xe9\u20ac\U0001f600'), [u'caf\xe9'])
print(str(['a\nb']), '%s' % ['a'], '{}'.format(['q']))
print(repr(1e100), [1.0, -0.0, 1e-7], (float('inf'),))
l = list(range(10))
for sl in [(None, None, -1), (2, 8, 2), (-3, None, None), (None, -3, None), (8, 2, -2), (-1, -11, -1), (100, None, None), (None, 100, None), (-100, 3, None), (5, 5, None), (None, None, 3), (1, None, -1), (None, 1, -1), (9, -11, -3)]:
    print(sl, l[slice(*sl)], 'abcdefghij'[slice(*sl)], tuple(l)[slice(*sl)])
t(lambda: l[::0])
t(lambda: l[1.5:])
t(lambda: l['a'])
t(lambda: l[10])
t(lambda: 'abc'[5])
t(lambda: (1, 2)[-3])
l2 = list(range(10))
l2[2:5] = ['x']
print(l2)
l2[::2] = 'abcde'[:len(l2[::2])]
print(l2)
del l2[::3]
print(l2)
l3 = [0, 1, 2, 3]
l3[1:1] = [9, 9]
print(l3)
l3[-1:] = []
print(l3)
print(slice(1, 2), slice(None, 3, -1), repr(slice(1)))
print(list(range(10, 0, -3)), list(range(-5)), len(range(0, 10, 3)))
s = 'hello world'
print(s[:] is s, s[0:] is s, s[::1] is s, s[0:11] is s, s[::-1], s[:-1])
t = (1, 2, 3)
print(t[:] is t, t[0:3] is t)
print(slice(1, 2), slice(None, 3, -1), repr(slice(1)), slice('a', [1]))
print(xrange(5) if str is bytes else range(5), xrange(1, 5) if str is bytes else range(1, 5), xrange(0, 10, 2) if str is bytes else range(0, 10, 2))
