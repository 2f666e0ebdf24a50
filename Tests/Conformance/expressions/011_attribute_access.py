# checks attribute access chains and method calls on results
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt
head = Node(1, Node(2, Node(3)))
print(head.value, head.next.value, head.next.next.value, head.next.next.next)
print("a,b".split(",")[1].upper())
