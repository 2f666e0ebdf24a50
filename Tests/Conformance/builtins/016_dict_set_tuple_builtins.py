# checks dict, set, tuple from iterables and keyword args
print(dict(a=1), dict({"x": 1}, y=2), tuple({1: 2}), sorted(set({3: 0, 1: 0})))
print(dict(zip(range(3), "abc")), dict([(1, 2)]))
