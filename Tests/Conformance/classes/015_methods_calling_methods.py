# checks methods calling other methods through self
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def size(self):
        return len(self.items)
    def describe(self):
        return "stack of " + str(self.size())
print(Stack().push(1).push(2).describe())
