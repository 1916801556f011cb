from __future__ import print_function
print(sorted(k for k in globals() if k.startswith("__")))
print(__name__, __doc__, __package__, __file__.endswith("module-globals.py"))
print(type(globals()).__name__, len(globals()))
