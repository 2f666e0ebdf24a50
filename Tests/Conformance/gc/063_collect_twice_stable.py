# checks a second collect after a cycle was freed finds nothing of ours
import gc
import weakref
gc.disable()
class Node:
    def __del__(self):
        print("freed once")
n = Node()
n.me = n
del n
gc.collect()
gc.collect()
print("end")
