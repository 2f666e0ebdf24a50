# checks f-strings with names, expressions and nested quotes
name = "Ada"
n = 3
print(f"hello {name}, {n + 1} times")
print(f"{name.upper()} {len(name)} {[n, n]}")
print(f'{"quoted"} {n * 2}')
print(f"{{braces}} {n}")
