# checks calls through bound methods, static methods, __call__, functions stored on instances, and argument evaluation order
log = []
def note(x):
    log.append(x)
    return x

class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, greeting, punct="!"):
        return greeting + ", " + self.name + punct
    @staticmethod
    def shout(s):
        return s.upper()
    def __call__(self, a, b=2):
        return (self.name, a, b)

g = Greeter("ada")
print(g.greet("hi"))
print(g.greet(note("hello"), note("?")))
m = g.greet
print(m("bye"))
print(Greeter.greet(g, "yo"))
print(g.shout("quiet"), Greeter.shout("calm"))
print(g(1), g(1, 3))
g.extra = lambda x: x * 2
print(g.extra(21))

def three(a, b, c):
    return [a, b, c]
print(three(note(1), note(2), note(3)), log)

def failing_arg():
    raise KeyError("arg")
try:
    three(note(4), failing_arg(), note(5))
except KeyError as e:
    print("KeyError", e, log)

funcs = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in funcs])
