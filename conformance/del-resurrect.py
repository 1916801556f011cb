from __future__ import print_function
# profiles: 3.10 3.12 3.13

saved = []

class Phoenix(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        saved.append(self)

p = Phoenix("p")
del p
print("saved:", len(saved))
saved.pop()
print("dropped again (no second __del__ on 3.x)")
print("end")
