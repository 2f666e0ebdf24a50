# checks a callback run by the collector can use live objects and global state
import gc
import weakref
gc.disable()
log = []
class Node:
    pass
class Survivor:
    def __init__(self):
        self.count = 0
s = Survivor()
def cb(ref):
    s.count += 1
    log.append("callback")
n = Node()
n.me = n
r = weakref.ref(n, cb)
del n
gc.collect()
print(log, s.count)
