# checks a list subclass keeps list behaviour and adds methods
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__)
print(s + [4], sum(s), s == [1, 2, 3])
