# checks __del__ can resurrect an object and is not called a second time
class Phoenix:
    def __del__(self):
        global saved
        print("__del__ called")
        saved = self
p = Phoenix()
del p
print("resurrected:", type(saved).__name__)
del saved
print("deleted again, no second __del__")
