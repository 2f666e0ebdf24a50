# checks qualified names in argument errors for methods
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def move(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(1, 2)
try:
    p.move(1)
except TypeError as e:
    print(e)
Point(1)
