# Size checks before allocating: every one of these must stop cleanly, not crash.
try:
    s = "ab" * (2**62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
x = [0] * 10**9
