s = 'hi'
n = 1234567
x = 3.14159
w, p = 10, 3
u = 'héllo'
print(f'{s!r:>6}|{s!s:<5}|{u!a}|{u!r}')
print(f'{n=}|{n = }|{n=:,}|{s=!s}|{x=:.2f}')
print(f'{x:{w}.{p}}|{x:{w}.{p}f}|{n:>{w}}|{s:{"*"}^{w}}')
print(f'{{literal}} {n:_} {x!r}')
print(f"{n = }|")
print(f"{n =}|")
print(f"{n= }|")
