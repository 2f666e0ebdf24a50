# checks any and all on empty and mixed iterables, and that they stop early
def noisy(v):
    print("check", v)
    return v
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a"]), all([1, 0]))
print(any(noisy(v) for v in [0, 2, 3]))
print(all(noisy(v) for v in [1, 0, 3]))
