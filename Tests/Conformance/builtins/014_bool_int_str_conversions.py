# checks bool(), int(), str() constructors with no args and edge values
print(bool(), int(), str(), float(), list(), tuple(), dict(), repr(set()))
print(bool("False"), int(" 7 "), str(1.0), str(None), str(True), int(False))
