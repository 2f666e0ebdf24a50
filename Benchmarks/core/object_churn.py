# 1M objects created, given an attribute and dropped (each dies at once by count).
class Point:
    def __init__(self, x):
        self.x = x

total = 0
for i in range(1000000):
    p = Point(i)
    p.y = i + 1
    total += p.y - p.x
print(total)
