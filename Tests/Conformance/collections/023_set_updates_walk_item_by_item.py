# set.difference_update and friends consume a generator item by item
s = {1, 2, 3, 4}
s.difference_update(x for x in (1, 2) if print("checking", x, sorted(s)) is None)
print(sorted(s))
t = {1, 2, 3}
t.update(x for x in (5, 6) if print("adding", x, sorted(t)) is None)
print(sorted(t))
u = {1, 2, 3}
u.discard(2)
u.symmetric_difference_update(x for x in (3, 4) if print("toggling", x, sorted(u)) is None)
print(sorted(u))
