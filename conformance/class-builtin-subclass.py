from __future__ import print_function
import gc
# Instances of subclasses of dict and list have the subclass as their type, run its methods, and are
# always tracked by the collector (a plain empty dict is not).
class D(dict):
    def total(self):
        return sum(self.values())
class L(list):
    def first(self):
        return self[0]
d = D(a=1, b=2)
l = L([3, 4])
print(type(d).__name__, sorted(d.items()), d.total(), isinstance(d, dict), gc.is_tracked(d), gc.is_tracked({}))
print(type(l).__name__, l, l.first(), len(l), isinstance(l, list), gc.is_tracked(L()))
l.append(5)
d['c'] = 3
print(l, d.total(), D().total(), L() == [])
