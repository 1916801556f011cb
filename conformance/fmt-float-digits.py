# Float to text: repr/str (2.7's str keeps 12 digits), %-formatting of floats and ints with every
# flag, including exact ties (%.0f of 0.5 and 2.5), -0.0 and huge values.
from __future__ import print_function
vals = [0.0, -0.0, 1.0, 0.1, 1/3.0, 2/3.0, 123456.789, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.00012345, 1.5e300, 5e-324, 1.7976931348623157e308, 100.0, 1e21, 1e22, 123456789012.0, 1234567890123.0, 0.1+0.2, 2.5, 3.14159265358979, -2.5e-7, float('inf'), float('-inf'), float('nan')]
for v in vals:
    print(v, repr(v), str(v), [v], (v,))
    print('%s %r %f %e %g %.3f %.0f %.0e %.10g %10.2f %-10.2f| %+f % f %010.3f %#g %#.0f %G %E %F' % (v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v))
for v in [0, 1, -1, 42, -42, 10**20, 255, True]:
    print('%d %i %5d %-5d| %05d %+d % d %x %X %#x %#X %o %#o %.3d %s %r %c' % (v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, 65))
print('%5s|%-5s|%.2s|%5.1s|' % ('abc', 'abc', 'abc', 'abc'))
print('%(a)s %(b)d %(a)r' % {'a': 'x', 'b': 3})
print('%%d %d%%' % 5)
print('%s' % (1,), '%s' % [1, 2], '%s' % ((1, 2),))
print('%*d|%-*d|%.*f' % (5, 42, 5, 42, 2, 3.14159))
print('%c%c' % ('a', 97))
print('%.2f' % 2.675, '%.1f' % 0.25, '%.0f' % 0.5, '%.0f' % 1.5, '%.0f' % 2.5, '%.2e' % 12345.678)
print('%x' % -255, '%o' % -8, '%#o' % 0, '%#x' % 0)
print('%e' % 0, '%g' % 100000, '%g' % 1000000, '%g' % 1e-5, '%g' % 0.0001, '%.2g' % 123, '%#.3g' % 1, '%g' % 1.5e-10)
print('%d' % 3.7, '%d' % -3.7, '%x' % 3 if True else 0)
print('%s and %s' % ('a', 'b'), '%r' % 'it\'s', '%r' % u'x')
print('%10r|%-10r|' % ('a', 'b'))
print('%i' % 10**30, '%x' % 10**30, '%e' % 10**30, '%.3s' % 10**30)
