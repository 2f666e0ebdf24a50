# checks gc.is_tracked for atomic values, containers and instances
import gc
class A:
    pass
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked(1.5))
print(gc.is_tracked([]), gc.is_tracked(A()), gc.is_tracked(A))
