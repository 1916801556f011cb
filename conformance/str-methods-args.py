# -*- coding: utf-8 -*-
# str methods with start/end slices, None and negative indices; the TypeError/ValueError for wrong
# arguments per version; Unicode whitespace, line breaks and case mapping (2.7 str is ASCII-only).
from __future__ import print_function
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
s = 'abcabcabc'
for args in [('b',), ('b', 2), ('b', -3), ('b', 2, 4), ('b', None, 5), ('', 9), ('', 10), ('', -1), ('c', 0, -1), ('abc', -3), ('x',), ('b', 1.5)]:
    for m in ('find', 'rfind', 'count', 'startswith', 'endswith', 'index', 'rindex'):
        t(getattr(s, m), *args)
t(s.find, 1)
t(s.count, None)
t(s.split, 1)
t(s.strip, 1)
t(s.replace, 1, 'x')
t(s.replace, 'a', 2)
t(s.partition, 1)
t(s.partition, '')
t(s.startswith, ('a', 1))
t(s.center, 12, 'ab')
t(s.center, 12, 5)
t(s.center, 'x')
t(s.zfill, 3.0)
t(s.split, 'b', 1.0)
t(s.join, 5)
t(s.join, [b'x'] if str is not bytes else [None])
t(s.find)
t(s.find, 'a', 1, 2, 3)
t('x'.join, ['a', 'b'], 3)
t('  a  '.strip, None)
t('a\x1cb\x85c\xa0d'.split)
t(u'a\u2028b\x0bc\x0cd'.splitlines)
t(u'a\u3000b'.split)
t(' \x1c '.isspace)
t(u'\u2003'.strip)
t('hello'.upper().isupper)
t('HELLO 123'.isupper)
t('123'.isupper)
t('abc1'.isalnum)
t(u'ǆemal'.title)
t(u'ǆemal'.capitalize)
t(u'ñandú'.upper)
t(u'ÀB'.lower)
t(u'élan VITAL'.swapcase)
t(u'straße'.upper)
t('ab\tc\nde\tf'.expandtabs, 3)
t('ab\tc'.expandtabs, 0)
t('ab\tc'.expandtabs, -1)
t('a b c d'.split, maxsplit=2) if str is not bytes else None
t('a b c d'.rsplit, sep=' ', maxsplit=1) if str is not bytes else None
t('a,b'.split, sep=',') if str is not bytes else None
t('a b'.split, None, 0)
t('  a b  '.split, None, 0)
t('  a b  '.rsplit, None, 0)
t('  a  b  c  '.rsplit, None, 1)
t('aXbXc'.rsplit, 'X', 1)
t('XaX'.split, 'X')
t('XaX'.rsplit, 'X')
t('abc'.splitlines)
t(''.splitlines)
t('\n'.splitlines)
t('a\n\nb'.splitlines, True)
