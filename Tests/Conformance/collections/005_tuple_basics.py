# checks tuple creation, indexing, count, index and immutability
t = (1, 2, 2, 3)
print(t, len(t), t[1:], t.count(2), t.index(3), (5,), tuple())
print(tuple([1, 2]), tuple("ab"), t + (4,), 2 in t)
t[0] = 9
