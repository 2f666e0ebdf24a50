# checks that a finalizer registered by another finalizer while the program exits still runs
import weakref

class Resource:
    def __init__(self, name):
        self.name = name

late = Resource("late")

def second(name):
    print("second finalizer for", name)

def first(name):
    print("first finalizer for", name)
    weakref.finalize(late, second, late.name)

r = Resource("early")
f = weakref.finalize(r, first, r.name)
print(f.alive, f.atexit)
quiet = weakref.finalize(Resource("x"), print, "never")
print(quiet.alive)
