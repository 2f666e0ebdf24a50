# checks an object lives while any name refers to it
class Res:
    def __del__(self):
        print("del Res")
a = Res()
b = a
del a
print("a deleted, b alive")
del b
print("end")
