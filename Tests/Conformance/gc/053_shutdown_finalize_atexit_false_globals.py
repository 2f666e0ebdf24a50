# checks an atexit=False finalizer does not run at exit even though its object dies then
import weakref
class Item:
    def __del__(self):
        print("Item.__del__")
def helper():
    pass
item = Item()
f = weakref.finalize(item, print, "finalizer")
f.atexit = False
print("end of program")
