# checks peek returns the same tuple without detaching
import weakref
class Resource:
    pass
def cleanup(a):
    print("cleanup", a)
r = Resource()
f = weakref.finalize(r, cleanup, "x")
info = f.peek()
print(info[0] is r, info[1] is cleanup, info[2], info[3], f.alive)
del info
del r
print(f.peek())
