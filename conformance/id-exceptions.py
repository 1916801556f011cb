from __future__ import print_function

def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: 1 / 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: [][1])
show(lambda: {}["missing"])
show(lambda: undefined_name)
show(lambda: None.attr)
show(lambda: int("abc"))
show(lambda: 1 + "a")
show(lambda: len(3))
show(lambda: (1, 2).x)
show(lambda: [1].remove(5))
show(lambda: {}.pop("k"))
show(lambda: next(iter([])))
show(lambda: float("x1"))
a, b = 1, 2
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    assert a == 2, "a is not 2"
except AssertionError as e:
    print("AssertionError:", e)

class MyError(Exception):
    pass

try:
    raise MyError("custom", 42)
except MyError as e:
    print(type(e).__name__, e.args, repr(e))
