# checks AttributeError on a module attribute
import gc
print(gc.isenabled())
gc.not_there
