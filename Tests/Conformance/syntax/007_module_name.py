# checks __name__ of the module, a class and a function
def helper():
    pass
class Thing:
    pass
print(__name__)
print(helper.__name__, Thing.__name__, type(Thing()).__name__)
if __name__ == "__main__":
    print("run as main")
