from __future__ import print_function
import sys, gc
# typical lab program: linked list, tree, cache, observer
class Node(object):
    __slots__ = ('val', 'next')
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
head = None
for i in range(5):
    head = Node(i, head)
vals = []
n = head
while n is not None:
    vals.append(n.val)
    n = n.next
print(vals, sys.getrefcount(head), sys.getsizeof(head) > 0)
class Tree(object):
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)
    def __repr__(self):
        return 'Tree(%r)' % self.name
root = Tree('root')
kids = [Tree('k%d' % i, root) for i in range(3)]
print(root.children, kids[0].parent, sys.getrefcount(root))
del kids
print(sys.getrefcount(root))
del root
print('collected', gc.collect())
cache = {}
def memo(n):
    if n in cache:
        return cache[n]
    r = n if n < 2 else memo(n - 1) + memo(n - 2)
    cache[n] = r
    return r
print(memo(30), len(cache))
class Subject(object):
    def __init__(self):
        self.observers = []
    def attach(self, o):
        self.observers.append(o)
    def notify(self, msg):
        return [o.update(msg) for o in self.observers]
class Obs(object):
    def __init__(self, name):
        self.name = name
    def update(self, msg):
        return '%s got %s' % (self.name, msg)
s = Subject()
for nm in 'ab':
    s.attach(Obs(nm))
print(s.notify('hi'))
print('{:>8}|{:<8}|{:^8}|{:08.3f}|{:+d}|{:x}|{:o}|{:e}'.format('r', 'l', 'c', 3.14159, 5, 255, 8, 12345.678))
print('%5s|%-5s|%05d|%.2f|%x|%r|%%' % ('a', 'b', 42, 2.345, 255, 'q'))
