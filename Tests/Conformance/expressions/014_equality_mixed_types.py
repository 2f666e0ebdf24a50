# checks equality across int, float, bool and containers
print(1 == True, 0 == False, 1.0 == 1, 2 == "2", None == 0)
print([1, 2] == (1, 2), {1: 2} == {1: 2}, {1, 2} == frozenset({2, 1}))
print(hash(1) == hash(1.0) == hash(True))
