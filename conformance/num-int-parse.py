# int() and float() parsing: whitespace, signs, base prefixes, base 0, underscores (3.x), and the
# ValueError / TypeError wording of each version.
from __future__ import print_function


def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['12', ' -12 ', '+7', '0x1f', '1_000', '1__0', '_1', '1_', '010', '00', '0_0', '',
          ' ', '12.5', '1e3', 'abc', '\t42\n', '0b101', '99999999999999999999999', '  abc  ', '- 1']:
    t(int, s)
for s, b in [('0x1f', 16), ('1f', 16), ('0o17', 8), ('17', 8), ('0b11', 2), ('z', 36), ('Z', 36),
             ('010', 0), ('0x_1f', 0), ('0x1f', 0), ('12', 1), ('12', 37), ('9', 8), ('0o17', 0),
             ('-0x10', 0), ('0_7', 0), ('0x', 16), ('0', 0), (' 0b1 ', 0)]:
    t(int, s, b)
t(int, 12, 10)
t(int, 3.99)
t(int, -0.5)
t(int, 1e25)
t(int, float('inf'))
t(int, float('nan'))
t(int, [1])
t(int, None)
t(int)
for s in ['1.5', ' 2 ', '-.5', '5.', '1e5', '1E-5', 'inf', '-Infinity', 'nan', '1_0.5', 'x',
          '', '1.2.3', '0x10', '1e', '.', ' -0.0 ', '1e400', '-1e400', '  abc  ']:
    t(float, s)
t(float, 10)
t(float, True)
t(float, 2**80)
t(float, [1])
t(float, None)
t(float)
