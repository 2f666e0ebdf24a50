# checks removing the last reference from a set kills the object
class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __del__(self):
        print("del key", self.n)
s = {Key(1)}
print("in set")
s.clear()
print("cleared")
