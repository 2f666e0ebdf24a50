# checks print converts each argument with str
class R:
    def __repr__(self):
        return "R-repr"
print(R(), [R()], (R(),), {"k": R()}, 1e3, -5, "s", ["s"])
