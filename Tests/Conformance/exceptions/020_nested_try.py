# checks nested try statements and which handler catches
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("not here")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", e)
