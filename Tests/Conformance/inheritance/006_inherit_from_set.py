# checks a set subclass
class Tags(set):
    def tag(self, *items):
        for i in items:
            self.add(i)
t = Tags([1])
t.tag(2, 3, 2)
print(sorted(t), len(t), 2 in t, isinstance(t, set), type(t).__name__)
