# checks __len__ and __bool__ drive truthiness
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
class Flag:
    def __bool__(self):
        print("bool called")
        return False
print(len(Box([1, 2])), bool(Box([])), bool(Box([0])), bool(Flag()))
if not Flag():
    print("falsy")
print("yes" if Box([1]) else "no")
