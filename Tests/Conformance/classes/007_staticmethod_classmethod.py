# checks staticmethod and classmethod on classes and instances
class Counter:
    made = 0
    def __init__(self):
        Counter.made += 1
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def describe(x):
        return "count " + str(x)
Counter.create()
Counter().create()
print(Counter.made, Counter.describe(1), Counter().describe(2), Counter.made)
