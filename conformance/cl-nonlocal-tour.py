# profiles: 3.10 3.12 3.13
import sys, gc
def make_counter():
    count = 0
    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump
c = make_counter()
c(); c(); c(10)
print(c(), c.__code__.co_freevars, c.__closure__[0].cell_contents, sys.getrefcount(c))
def outer():
    data = [1, 2, 3]
    def show():
        return data
    def grow(x):
        data.append(x)
    return show, grow
show, grow = outer()
grow(4)
print(show(), show.__closure__[0] is grow.__closure__[0], sys.getrefcount(show.__closure__[0]))
del grow
print(sys.getrefcount(show.__closure__[0]))
g = (i * 2 for i in range(3))
print(type(g).__name__, list(g), list(g))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
it = gen_with_finally()
print(next(it))
del it
print("after del it")
print(*[1, 2], sep='-', end='!\n')
a, *rest = [1, 2, 3]
print(a, rest, {**{'x': 1}, 'y': 2}, [*range(2), *'ab'])
print(f"{1 + 1} {'q'!r} {3.14159:.2f}" if False else "fstring-skip")
