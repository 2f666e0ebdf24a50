# 1M plain objects (one attribute each) alive at once: peak memory per live object (issue 5).
class Plain:
    def __init__(self, i):
        self.i = i

objects = [Plain(i) for i in range(1000000)]
print(len(objects), objects[-1].i)
