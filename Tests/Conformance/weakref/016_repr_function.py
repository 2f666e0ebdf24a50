# checks the repr of a ref to a function names the function
import weakref
def greet():
    return "hi"
r = weakref.ref(greet)
print(r)
print(r()())
del greet
print(r)
