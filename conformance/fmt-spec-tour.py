# format() / the format-spec mini-language for int, float, str and other objects: fill, alignment,
# sign, '#', '0', grouping (zero padding inside the groups), precision, every type, and the errors.
from __future__ import print_function
def t(fmt, *a, **k):
    try:
        print(repr(fmt.format(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
def f(v, spec):
    try:
        print(repr(format(v, spec)))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0, 7, -7, 1234567, -1234567, 10**20, True]:
    for spec in ['', 'd', '5d', '<5', '>5', '^5', '=+8', '*^9', '08', '+', ' ', ',', '_', '_x', ',d', 'x', '#x', '#X', '#o', '#b', 'b', '010b', '#010x', 'e', '.2f', '%', '.1%', 'g', 'n', 'c', '.2', ',.2f', '+08,d', '0=10', '-^10', 's']:
        f(v, spec)
for v in [0.0, -0.0, 1.5, -1.5, 1234567.891, 1e-7, 1e16, 1e20, 0.1, 2.0/3, float('inf'), float('nan'), -float('inf'), 100.0, 12.0]:
    for spec in ['', '10', '<10', '.3', '.0', '.1', '.12', 'e', '.2e', 'E', 'f', '.2f', 'F', '#.0f', 'g', '.3g', '#g', 'G', '%', '.1%', ',', ',.2f', '_.3f', '+', ' .2f', '010.2f', '=+12.3f', '^12', '012', 'd', 'x', 'n', '.3n']:
        f(v, spec)
for spec in ['', '10', '<10', '>10', '^10', '*^11', '.2', '10.2', 's', 'd', '+', '=10', '010', '#']:
    f('abc', spec)
f(None, '')
f(None, '10')
f([1, 2], '')
f((1,), '>10')
for w in range(1, 12):
    f(7, '0%d,d' % w)
for w in range(1, 12):
    f(-1234, '0%d,d' % w)
f(1234567, '012,.2f')
f(12345.5, '015,.1f')
f(0x12345, '012_x')
f(0x12345, '#012_x')
f(float('inf'), '010')
f(float('nan'), '=+10')
f(float('inf'), '010.2f')
f(-float('inf'), '010')
f('abc', '010')
f('abc', '=10')
f('abc', '+')
f('abc', '#')
f('abc', ',')
f('abc', 'd')
f(None, '10')
f(5, '#c')
f(5, '+c')
f(65, 'c')
f(5, ',x')
f(5, ',n')
f(5, '_n')
f(5.0, ',n')
f(5, '_b')
f(5, '.2x')
f(5.5, 'd')
f(5.5, 'c')
f(5.5, 's')
f(True, 's')
f(5, 's')
f(10**400, 'f')
f(123.0, '.3')
f(12.0, '.3')
f(120.0, '.2')
f(1e16, '')
f(5, 'q')
f(5, '=')
f(1e22, ',')
f(12345.678, ',')
f(12345.678, ',g')
for v in (5, 5.5, 'ab'):
    for spec in ['z.1f', '10.', ',,', ',_', '_,', 'xx', '5dd', '<<<', '.5.', '+-', '0<5', '<05', '*<05', '05', '^05', '=05', '+05', ' 05', '#05', '#5x', '0', '00', '000', 'z', '.', '.d']:
        f(v, spec)
print('%010f|%-010f|%010s|%+s' % (float('inf'), float('nan'), 'ab', 'x'))
print('%05d|%-05d|%05.1f|%+05d|% 05d|%05x|%#07x|%#07o' % (-3, -3, -2.5, 3, 3, 255, 255, 8))
