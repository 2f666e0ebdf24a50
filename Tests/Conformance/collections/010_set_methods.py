# checks set add, discard, remove, pop, clear and membership
s = {1, 2, 3}
s.add(4)
s.add(2)
s.discard(10)
s.discard(1)
s.remove(2)
print(sorted(s), len(s), 3 in s)
x = {7}
print(x.pop(), x)
s.clear()
print(s)
s.remove(5)
