# checks the class body runs once at definition, top to bottom
print("before")
class K:
    print("in body")
    x = 1
    y = x + 1
print("after", K.x, K.y)
