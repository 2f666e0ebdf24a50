# checks except Exception does not catch everything derived from BaseException
try:
    try:
        raise BaseException("base")
    except Exception:
        print("not caught here")
except BaseException as e:
    print("caught", repr(e))
