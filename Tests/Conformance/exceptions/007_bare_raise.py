# checks bare raise re-raises the current exception
def f():
    try:
        {}["missing"]
    except KeyError:
        print("logging and re-raising")
        raise
f()
