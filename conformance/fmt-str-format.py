# str.format: automatic/manual numbering (and switching errors), keyword, attribute and index fields,
# conversions with specs, nested replacement fields in the spec, brace escaping and the parse errors.
from __future__ import print_function
def t(fmt, *a, **k):
    try:
        print(repr(fmt.format(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
class P(object):
    x = 3
    def __format__(self, spec):
        return 'P<' + spec + '>'
t('{} {}', 1, 2)
t('{1} {0} {1}', 'a', 'b')
t('{0} {}', 1, 2)
t('{} {0}', 1, 2)
t('{name}-{0}', 5, name='n')
t('{0[1]} {0[a]}', {1: 'one', 'a': 'A'})
t('{0[0]}', [9])
t('{0.x}', P())
t('{0:abc}', P())
t('{0!r:>8}|{0!s:<6}|', 'hi')
t('{:{w}.{p}f}', 3.14159, w=10, p=2)
t('{:{}}', 'x', 5)
t('{{}} {{{0}}}', 7)
t('{', 1)
t('}', 1)
t('{0', 1)
t('{2}', 1)
t('{}', )
t('{x}', y=1)
t('{0!z}', 1)
t('{0.y}', P())
t('{0[5]}', [1])
t('{:d}', 'a')
t('{:s}', 5)
t('{:>5}|{:<5}|{:^5}|', 'a', 'b', 'c')
t('{:,}', 1234567.5)
t('{:_}', 10**9)
t('{0:#x} {0:#o} {0:#b}', 255)
t('{:+.2e}', -0.000123)
t('{:%}', 0.256)
t('{0:}', 5)
t('{!r}', [1, 'a'])
t('{0}{1}{0}', 'ab', 'cd')
t('{:*^12,.1f}', 12345.67)
t('{0[0]:>4}', ['ab'])
t('{a[b]}', a={'b': 1})
t('{.real}', 5)
