from __future__ import print_function
import gc

# The first repr of a non-empty container makes Py_ReprEnter's list (and, on 3.x, the thread state's
# dict): two objects the interpreter keeps, which gc.get_count() sees.
# Recorded for 3.x only: whether 2.7's thread-state dict already exists here depends on start-up
# (it does after a bare `import gc`, not after a __future__ import), which the simulator does not model.
gc.collect()
x = (1, 2)
y = [1]
a = gc.get_count()
r = repr(x)
b = gc.get_count()
r = repr(y)
c = gc.get_count()
r = str(x)
d = gc.get_count()
print(a, b, c, d)
print(repr(()), repr([]), repr({}), repr(set()), repr(frozenset()))
