# checks finalize runs its function with args when the object dies
import weakref
class Resource:
    pass
def cleanup(name, mode="normal"):
    print("cleanup", name, mode)
r = Resource()
f = weakref.finalize(r, cleanup, "db", mode="fast")
print("alive:", f.alive)
del r
print("alive:", f.alive)
