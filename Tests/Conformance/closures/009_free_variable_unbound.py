# checks NameError for a free variable referenced before assignment in the enclosing scope
def outer():
    def inner():
        return later
    print(inner.__name__)
    inner()
    later = 1
outer()
