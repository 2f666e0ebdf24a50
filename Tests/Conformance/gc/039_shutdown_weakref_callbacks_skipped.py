# checks at exit weakref callbacks held only by globals do not run
import weakref
class Item:
    def __del__(self):
        print("Item.__del__")
def helper():
    pass
obj = Item()
r = weakref.ref(obj, lambda ref: print("callback at exit"))
print("end of program")
