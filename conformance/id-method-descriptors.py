from __future__ import print_function
print(str.lower)
print(list.append)
print(dict.fromkeys)
print([].append)
print(len)
print(dict.get)
