# checks an exception in finally replaces the one in flight
try:
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
except Exception as e:
    print(type(e).__name__, e)
