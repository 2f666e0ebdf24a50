# checks proxy() refuses the same types ref() refuses
import weakref
for v in [1, "s", [], {}]:
    try:
        weakref.proxy(v)
    except TypeError as e:
        print(e)
weakref.proxy(None)
