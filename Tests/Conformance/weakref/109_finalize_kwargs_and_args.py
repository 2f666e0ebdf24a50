# checks finalize passes positional and keyword arguments through
import weakref
class Resource:
    pass
def report(*args, **kwargs):
    print("args", args, "kwargs", sorted(kwargs.items()))
r = Resource()
weakref.finalize(r, report, 1, "two", three=3, four=[4])
r = None
