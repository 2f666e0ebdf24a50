# checks AttributeError messages on builtin objects
for obj, name in [([], "push"), ("s", "foo"), (5, "real_part"), (None, "x"), ({}, "has_key")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(e)
