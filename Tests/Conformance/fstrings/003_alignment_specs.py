# checks width and alignment format specs
x = "ab"
n = 42
print(f"[{x:>5}] [{x:<5}] [{x:^6}] [{n:>5}] [{n:<4}]")
print(f"[{n:5}] [{x:5}] [{n:05}] [{x:*^7}]")
