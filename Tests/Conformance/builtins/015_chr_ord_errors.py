# checks ord on a multi-character string raises TypeError
print(ord("é"), chr(233))
ord("ab")
