# checks a finalizer whose function is a bound method of the object keeps it alive until exit
import weakref
class Resource:
    def close(self):
        print("close called")
    def __del__(self):
        print("__del__")
r = Resource()
f = weakref.finalize(r, r.close)
del r
print("still alive:", f.alive)
print("end of program")
