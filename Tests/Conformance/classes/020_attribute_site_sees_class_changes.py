# One attribute site, read in a loop, while the class underneath it changes.
class A:
    def greet(self):
        return "A.greet"

def call_greet(o):
    return o.greet()

def read_x(o):
    return o.x

a = A()
print(call_greet(a))
A.greet = lambda self: "patched"
print(call_greet(a))
a.greet = lambda: "instance wins"
print(call_greet(a))
del a.greet
print(call_greet(a))
del A.greet
try:
    call_greet(a)
except AttributeError as e:
    print("AttributeError:", e)

a.x = 1
print(read_x(a))
A.x = property(lambda self: "property wins")
print(read_x(a))
del A.x
print(read_x(a))
