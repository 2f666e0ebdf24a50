# checks converting inf to int raises OverflowError
print(int(1e20))
int(float("inf"))
