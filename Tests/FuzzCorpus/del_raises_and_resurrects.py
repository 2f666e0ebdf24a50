# __del__ that raises, resurrects and re-enters during teardown.
keep = []
class Phoenix:
    def __del__(self):
        keep.append(self)
        raise ValueError("from __del__")
class Bomb:
    def __del__(self):
        del self.other
for i in range(3):
    p = Phoenix()
    del p
b = Bomb()
b.other = Bomb()
b.other.other = 1
del b
print(len(keep))
