from __future__ import print_function
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def two(a, b):
    return a
class K(object):
    def m(self):
        pass
t(lambda: [][1])
t(lambda: {}['k'])
t(lambda: (1, 2)[5])
t(lambda: 'abc'[10])
t(lambda: int('4.5'))
t(lambda: two(1))
t(lambda: two(1, 2, 3))
t(lambda: two(1, c=3))
t(lambda: K().m(1))
t(lambda: None())
t(lambda: len(5))
t(lambda: 1 + None)
t(lambda: [1] + (2,))
t(lambda: 'a' * 'b')
t(lambda: {}.pop('x'))
t(lambda: [].remove(3))
t(lambda: [3].index(4))
t(lambda: K().nope)
t(lambda: K.nope)
t(lambda: iter(5))
t(lambda: next(iter([])))
t(lambda: 1 / 0.0)
t(lambda: 5 % 0)
t(lambda: hash([]))
t(lambda: {[]: 1})
t(lambda: float('abc'))
t(lambda: chr(-1))
t(lambda: sorted([1, 'a']))
t(lambda: undefined_thing)
t(lambda: (lambda x: x)())
