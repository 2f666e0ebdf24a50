# checks saving a caught exception in a local of the failing frame creates a cycle
import gc
import weakref
gc.disable()
class Item:
    def __del__(self):
        print("Item.__del__")
def work():
    item = Item()
    try:
        raise ValueError("x")
    except ValueError as e:
        saved = e
    return "returned"
print(work())
print("item still alive in the frame cycle")
gc.collect()
print("end")
