# checks a bound method keeps its instance alive
class Item:
    def hello(self):
        return "hello"
    def __del__(self):
        print("del item")
m = Item().hello
print("method still works:", m())
del m
print("end")
