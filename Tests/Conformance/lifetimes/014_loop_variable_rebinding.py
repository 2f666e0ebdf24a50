# checks each loop iteration's object dies when the loop variable is rebound
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)
for i in range(3):
    obj = Item(i)
    print("made", i)
print("loop over")
