# checks chained assignment binds every target to the same object, left to right
a = b = c = [1, 2]
b.append(3)
print(a, c, a is c)
x = y = 7
x += 1
print(x, y)
class Box:
    pass
box = Box()
box.first = box.second = "shared"
print(box.first, box.second)
