# checks return with no value, tuples and early returns
def nothing():
    return
def implicit():
    x = 1
def pair():
    return 1, 2
def early(n):
    if n:
        return "early"
    return "late"
print(nothing(), implicit(), pair(), early(1), early(0))
