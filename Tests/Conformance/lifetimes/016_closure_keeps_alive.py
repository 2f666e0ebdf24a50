# checks a closure cell keeps its object alive until the function dies
class Item:
    def __del__(self):
        print("del item")
def make():
    it = Item()
    def use():
        return it
    return use
f = make()
print("closure alive", type(f()).__name__)
del f
print("end")
