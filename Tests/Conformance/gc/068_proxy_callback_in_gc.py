# checks a proxy callback runs during collection when the proxy is reachable
import gc
import weakref
gc.disable()
class Node:
    pass
n = Node()
n.me = n
p = weakref.proxy(n, lambda proxy: print("proxy callback, same proxy:", proxy is p))
del n
gc.collect()
