from __future__ import print_function
print('Ab Cd'.istitle(), 'AB'.istitle(), 'aB'.istitle(), ''.istitle(), '1A'.istitle(), 'A1b'.istitle())
print('a\tbc\td'.expandtabs(), 'ab\tc'.expandtabs(3), 'x.y.z'.rpartition('.'), 'xyz'.rpartition('.'), 'a-b-a'.rindex('a'))
s = {1, 2, 3, 4}
s.difference_update([1, 2])
print(sorted(s), s.isdisjoint([9]), s.isdisjoint({3}))
s.intersection_update({3, 9})
print(s)
s.symmetric_difference_update({3, 5})
print(s)
