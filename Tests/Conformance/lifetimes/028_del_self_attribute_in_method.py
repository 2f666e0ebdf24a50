# checks deleting an attribute inside a method kills its value during the call
class Item:
    def __del__(self):
        print("del item")
class Owner:
    def __init__(self):
        self.item = Item()
    def drop(self):
        print("dropping")
        del self.item
        print("dropped")
Owner().drop()
print("end")
