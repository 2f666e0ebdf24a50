# checks the TypeError for every builtin type CPython refuses
import weakref
for value in [1, 2.5, True, "s", (1,), [1], {1: 2}, None, object()]:
    try:
        weakref.ref(value)
        print("accepted", type(value).__name__)
    except TypeError as e:
        print(e)
