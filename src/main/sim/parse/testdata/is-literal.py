x = 1
print(x is 1, x is not "a", x is None, x is (), x is (1,), x is -1, x is True)
