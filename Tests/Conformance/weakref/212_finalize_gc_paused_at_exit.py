# checks that exit-time finalizers run with the collector paused, newest first
import gc
import weakref

class Resource:
    pass

def report(name):
    print(name, "enabled:", gc.isenabled())

keep = [Resource() for i in range(3)]
for i, r in enumerate(keep):
    weakref.finalize(r, report, "r%d" % i)
print("main enabled:", gc.isenabled())
