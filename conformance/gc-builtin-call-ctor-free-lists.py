# list() and dict() allocate through tp_alloc (dict_new / PyType_GenericNew), bypassing the free lists
# a {} or [] display would reuse: each counts in generation 0 even when the free list holds entries.
import gc
gc.collect()
def f1(): return list()
def f2(): return dict()
def f3(): return list((1, 2))
def f4(): return dict(a=1)
def f5(): return set()
def f6(): return tuple([1])
keep = []
for f in [f1, f2, f3, f4, f5, f6]:
    gc.collect()
    junk = [[] for i in range(5)] + [{} for i in range(5)]
    del junk
    c = gc.get_count()[0]
    x = f()
    d1 = gc.get_count()[0] - c
    keep.append(x)
    print(f.__name__, d1)
