from __future__ import print_function
class MyErr(Exception):
    def __init__(self, code):
        Exception.__init__(self, 'code %d' % code)
        self.code = code
class Other(ValueError):
    def __init__(self, *args):
        ValueError.__init__(self, *args)
try:
    raise MyErr(7)
except Exception as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, MyErr))
try:
    raise Other('a', 1)
except ValueError as e:
    print(repr(e.args), str(e))
e = Exception('first')
Exception.__init__(e, 'second', 2)
print(e.args)
