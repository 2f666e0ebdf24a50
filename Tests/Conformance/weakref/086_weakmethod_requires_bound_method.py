# checks WeakMethod refuses a plain function
import weakref
def plain():
    pass
weakref.WeakMethod(plain)
