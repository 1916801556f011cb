from __future__ import print_function
def f():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('fin', i)
    else:
        print('no break')
    return i
print(g())
def h():
    try:
        raise KeyError('x')
    except (ValueError, KeyError) as e:
        print('caught', type(e).__name__, e)
        try:
            raise
        except KeyError:
            print('re-raised')
    else:
        print('else')
    finally:
        print('done')
h()
def chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError('second')
    except ValueError as e:
        print('context', type(e.__context__).__name__ if hasattr(e, '__context__') else 'n/a')
chain()
def gen():
    total = 0
    while True:
        x = yield total
        if x is None:
            return
        total += x
g2 = gen(); next(g2)
for v in (1, 2, 3):
    print(g2.send(v), end=' ')
print()
evens = (i for i in range(10) if i % 2 == 0)
squares = (i * i for i in evens)
print(list(squares), sum(i for i in range(4)), any(i > 2 for i in range(4)))
try:
    assert isinstance(3, str), 'not a str'
except AssertionError as e:
    print('assert:', e)
class MyErr(Exception):
    pass
try:
    raise MyErr
except MyErr as e:
    print(repr(e), isinstance(e, Exception))
