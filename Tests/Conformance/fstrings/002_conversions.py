# checks !r and !s conversions in f-strings
s = "text"
class Thing:
    def __repr__(self):
        return "Thing()"
    def __str__(self):
        return "a thing"
t = Thing()
print(f"{s!r} {s!s} {s}")
print(f"{t} {t!r} {t!s}")
print(f"{[s]!s} {None!r}")
