# checks objects held only by a cycle die when the cycle is collected
import gc
gc.disable()
class Node:
    pass
class Payload:
    def __del__(self):
        print("payload died")
a, b = Node(), Node()
a.b, b.a = b, a
a.payload = Payload()
del a, b
print("cycle unreachable, payload alive")
gc.collect()
print("end")
