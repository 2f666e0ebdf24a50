# checks __add__, __sub__, __mul__, __truediv__ and their reflected forms
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(self.x * k * 10, self.y * k * 10)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
v = Vec(1, 2)
print(v + v, v - Vec(1, 1), v * 3, 3 * v, v / 2)
