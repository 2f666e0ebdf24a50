# checks a default argument value lives as long as the function
class Item:
    def __del__(self):
        print("del item")
def f(x=Item()):
    return x
print("defined")
f()
del f
print("end")
