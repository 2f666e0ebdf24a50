# checks the observer pattern: observers vanish from the WeakSet when dropped
import weakref
class Subject:
    def __init__(self):
        self.observers = weakref.WeakSet()
    def notify(self, msg):
        for name in sorted(o.name for o in self.observers):
            print(name, "got", msg)
class Observer:
    def __init__(self, name):
        self.name = name
subject = Subject()
o1, o2 = Observer("alpha"), Observer("beta")
subject.observers.add(o1)
subject.observers.add(o2)
subject.notify("first")
del o1
subject.notify("second")
