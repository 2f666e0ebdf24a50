# checks __eq__, default __ne__ and __hash__ for sets and dicts
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
a, b = Key(1), Key(1)
print(a == b, a != b, a is b, a == 1, len({a, b}), {a: "x"}[b])
