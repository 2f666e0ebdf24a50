# checks an exception raised in __del__ is reported and ignored
class Bad:
    def __del__(self):
        raise ValueError("from __del__")
b = Bad()
del b
print("still running")
