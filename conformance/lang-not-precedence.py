from __future__ import print_function
# not binds tighter than and/or and looser than comparisons: not a and not b is (not a) and (not b).
k = '__static_attributes__'
print(not True and not False, not False and not True)
print(not k.startswith('__f') and not k.startswith('__st'))
print([x for x in ['a', 'b'] if x != 'a' and x != 'c'])
print([x for x in ['__st', 'p'] if not x.startswith('__f') and not x.startswith('__st')])
print(list(x for x in ['__st', 'p'] if not x.startswith('__f') and not x.startswith('__st')))
a, b, c = True, False, True
print(not a or b and c, a and not b or c, not a and b or not c, not (a and b), not a == b, not not a)
print(a or not b and c, b or not a, (not a) and (not b), not a is b)
a, b, c = True, False, True
print(not a if c else 'else', 1 if not a and b else 2, (lambda: not a and b)())
print([x for x in range(5) if not x % 2 and not x == 0])
while not a and b:
    pass
if not a or not b:
    print('if ok')
x = not b
print(x, not 0 and not '', not [] or not [1])
