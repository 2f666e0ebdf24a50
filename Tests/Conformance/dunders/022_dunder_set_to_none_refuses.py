# __reversed__ = None makes reversed() refuse, even with __len__ and __getitem__
class Seq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return i * 10
print(list(reversed(Seq())))
class NoRev(Seq):
    __reversed__ = None
try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError", e)
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError", e)
