# checks exit order once a function exists and globals form a cycle
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)
def helper():
    return 1
x = Item("x")
y = Item("y")
z = {"k": Item("in dict")}
print("end of program")
