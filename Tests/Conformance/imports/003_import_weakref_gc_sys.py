# checks the three supported modules import and have their names
import weakref
import gc
import sys
print(weakref.__name__, gc.__name__, sys.__name__)
print(callable(weakref.ref), callable(gc.collect), callable(sys.getrefcount))
