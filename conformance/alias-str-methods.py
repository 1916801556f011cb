from __future__ import print_function
s = "Hello, World"
print(s.lower(), s.upper(), s.title(), s.swapcase(), s.capitalize(), s.center(20, '*'), s.ljust(15, '.'), s.rjust(15))
print(s.find('o'), s.rfind('o'), s.index('W'), s.count('l'), s.startswith(('He', 'x')), s.endswith('ld'))
print(s.split(), s.split(', '), s.rsplit('o', 1), 'a\nb\n'.splitlines(), ' a b '.strip(), 'xxhixx'.strip('x'), s.partition(', '))
print(s.replace('l', 'L', 2), '-'.join(['a', 'b', 'c']), s.isalpha(), '123'.isdigit(), 'abc'.isalnum(), ' '.isspace(), 'Ab'.istitle())
print(s.zfill(15), '42'.zfill(5), 'a\tb'.expandtabs(4), repr('it\'s'), repr("q\"uote"), repr('tab\there'), repr('nl\n'))
print('%(a)s-%(b)d' % {'a': 'x', 'b': 2}, '%5.1f|%-6.2e|%+d|% d' % (3.14159, 1234.5, 5, 7), '%c%c' % (65, 'b'))
print('{:08.3f}|{:x}|{:X}|{:o}|{:b}|{:e}|{:g}|{:%}'.format(3.14159, 255, 255, 8, 5, 12345.678, 0.00001234, 0.5))
print('{0[1]} {1[k]}'.format([1, 2], {'k': 'v'}), '{:*^9}'.format('mid'), '{:+.2f}'.format(-1.005))
print(str(1e100), repr(1e-100), 1.0 / 7, 2.5e-3, float('nan'), round(3.14159, 3), round(-0.5), 10 ** -2)
print(list('abc'), tuple('ab'), sorted('bca'), 'abc'[::-1], 'abcdef'[1:5:2], 'a' in 'abc', 'abc' < 'abd')
