from __future__ import print_function
# profiles: 3.10 3.12 3.13

class N(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

d = {"a": N("va"), "b": N("vb")}
d[N("key")] = N("value")
print("deleting dict")
del d
print("---")
t = (N("t0"), [N("l0"), N("l1")], N("t2"))
print("deleting tuple")
t = None
print("end")
