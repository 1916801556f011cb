class C(object):
    """doc"""
    x = 1
    def m(self):
        self.b = 1
        self.a, (self.z, q) = 2, (3, 4)
    def n(this, o):
        this.c = 3
        o.d = 4
        def inner(self):
            self.e = 5
            self.e += 1
    class Inner(object):
        def k(self):
            self.no = 1
print(sorted(C.__dict__))
def f():
    """fdoc"""
print(C.__doc__, f.__doc__, C().__doc__, (lambda: 1).__doc__)
print(getattr(C, "__static_attributes__", None), getattr(C, "__firstlineno__", None))
