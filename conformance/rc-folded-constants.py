# Constant expressions are folded when the code is compiled (3.x: AST optimizer, 2.7: peephole):
# their results are constants, which shows in their reference counts (3.12 makes interned ones immortal).
import sys
a = "aaa"
print(sys.getrefcount(a))
b = "a b c"
print(sys.getrefcount(b))
c = 100000000000000000000
print(sys.getrefcount(c))
d = 10 ** 20
print(sys.getrefcount(d))
e = 1.5
print(sys.getrefcount(e))
f = "x" * 3
print(sys.getrefcount(f))
g = 2.5 * 2
print(sys.getrefcount(g))
def h():
    z = "zzz q"
    return sys.getrefcount(z)
print(h())
