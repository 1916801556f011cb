from __future__ import print_function
import sys
n = sys.stdout.write("hi\n")
print(n)
sys.stderr.write("err\n")
sys.stdout.flush()
print(type(sys.stdout).__name__)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
print(set(), frozenset(), [], (), {})
