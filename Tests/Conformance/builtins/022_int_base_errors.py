# checks int() with invalid values for a base
print(int("z", 36), int("0x10", 16), int("-0b11", 2))
int("9", 8)
