# checks deleting the saved exception breaks the frame cycle without the collector
import gc
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
    saved = None
    return "returned"
print(work())
print("end")
