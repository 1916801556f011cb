from __future__ import print_function
import sys, gc, weakref

class Tree(object):
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self.parent = weakref.ref(parent) if parent else None
        if parent:
            parent.children.append(self)
    def __del__(self):
        print("free", self.name)

root = Tree("root")
kid = Tree("kid", root)
print(kid.parent() is root, sys.getrefcount(root), len(root.children))
del root
print("root gone?", kid.parent() is None)
del kid
print("---")
cache = weakref.WeakValueDictionary()
class V(object):
    pass
v = V()
cache['a'] = v
print(len(cache), 'a' in cache)
del v
print(len(cache))
def cb(r):
    print("callback with dead ref", r() is None)
o = V()
r = weakref.ref(o, cb)
print(weakref.getweakrefcount(o))
o = None
print("end", gc.collect())
