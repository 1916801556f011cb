# Without print_function, Python 2 reads print(a, b) as the print statement: it prints a tuple.
x = 3
print("x is", x)
print("alone")
print()
print(("pair", 1))
print(b"bytes", len(b"ab"))
