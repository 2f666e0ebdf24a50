# checks importing a non-existent module
import sys
print("sys imported:", sys.__name__)
try:
    import does_not_exist_mod
except ModuleNotFoundError as e:
    print("caught:", e)
import does_not_exist_mod
