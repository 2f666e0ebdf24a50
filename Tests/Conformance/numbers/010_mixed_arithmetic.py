# checks int/float/bool mixing and result types
vals = [1 + 2.0, True + True, 3 * False, 2 * 1.5, 7 - True, 10 / 4, 10 // 4.0]
for v in vals:
    print(repr(v), type(v).__name__)
