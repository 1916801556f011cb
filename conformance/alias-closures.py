from __future__ import print_function

def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x: x + i)
    return adders

print("late binding:", [f(10) for f in make_adders()])

def make_adders_bound():
    return [lambda x, i=i: x + i for i in range(3)]

print("default binds early:", [f(10) for f in make_adders_bound()])

def counter():
    state = {"n": 0}
    def inc():
        state["n"] += 1
        return state["n"]
    return inc

c = counter()
c()
c()
print("closure state:", c())
