# checks int * float past float range is inf and int/int too large raises OverflowError
print(10 ** 400 > 1e308)
print(float(10 ** 300))
print(10 ** 400 / 3)
