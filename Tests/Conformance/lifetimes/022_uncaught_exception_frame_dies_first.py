# checks objects held by an uncaught exception's traceback die first at exit
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)
def fail():
    inner = Item("in frame")
    raise RuntimeError("fatal")
g = Item("global")
fail()
