for v in (5, {1, 2}, {"a": 1}, "ab", (1, 2), range(3), [1, 2]):
    try:
        print(list(reversed(v)))
    except TypeError as e:
        print("TypeError", e)
class OnlyLen:
    def __len__(self):
        return 1
try:
    reversed(OnlyLen())
except TypeError as e:
    print("TypeError", e)
