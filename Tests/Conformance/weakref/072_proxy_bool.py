# checks bool() of a proxy forwards to __bool__ or __len__
import weakref
class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
class Plain:
    pass
e, f, pl = Empty(), Falsy(), Plain()
print(bool(weakref.proxy(e)), bool(weakref.proxy(f)), bool(weakref.proxy(pl)))
