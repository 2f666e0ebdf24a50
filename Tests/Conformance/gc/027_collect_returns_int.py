# checks gc.collect() returns an int (the value itself is not printed)
import gc
result = gc.collect()
print(type(result).__name__, result >= 0)
