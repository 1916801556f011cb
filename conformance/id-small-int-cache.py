from __future__ import print_function
# -5..256 are cached: every computation that gives one returns the same object.
print(int("256") is int("256"), int("257") is int("257"))
print(int("-5") is int("-5"), int("-6") is int("-6"))
a = 200
b = 100 + 100
print("100 + 100 is 200:", a is b)
big = [int("1000") for _ in range(3)]
print("three int('1000') are distinct:", big[0] is big[1], big[1] is big[2])
small = [int("7") for _ in range(3)]
print("three int('7') are one object:", small[0] is small[1] is small[2])
zero = int("0")
print("len([]) is 0:", len([]) is zero)
n = 255
n += 1
print("255 + 1 is 256:", n is int("256"))
n += 1
print("256 + 1 is 257:", n is int("257"))
print("True is bool(1):", True is bool(1))
