# checks a local referenced by a caught exception's traceback dies after the handler
class Item:
    def __del__(self):
        print("del item")
def fail():
    local = Item()
    raise ValueError("boom")
try:
    fail()
except ValueError as e:
    print("handling", e)
print("after handler")
