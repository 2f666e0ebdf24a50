# checks __getitem__, __setitem__, __delitem__ and __contains__
class Store:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        print("get", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.data[k]
    def __contains__(self, k):
        return k in self.data
s = Store()
s["a"] = 1
s["a"] += 5
print(s["a"], "a" in s, "b" in s)
del s["a"]
print("a" in s)
