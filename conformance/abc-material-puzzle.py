from __future__ import print_function
# The A/B/C puzzle from the course material (002): a -> c -> b -> a, A and B define __del__.
import gc
class A(object):
    def __del__(self):
        print('__del__ in A')
class B(object):
    def __del__(self):
        print('__del__ in B')
class C(object):
    pass
if __name__=='__main__':
    print('collect: ',gc.collect())
    print('garbage: ',gc.garbage)
    a = A()
    b = B()
    c = C()
    a.cc = c
    c.bb = b
    b.aa = a
    del a,b,c
    print('collect: ',gc.collect())
    print('garbage: ',gc.garbage)
    if gc.garbage:
        del gc.garbage[0].cc
        del gc.garbage[:]
    print('garbage: ',gc.garbage)
    print('----------------------------')
    print('collect: ',gc.collect())
    print('garbage: ',gc.garbage)
