# checks every builtin exception class of the subset can be raised, caught and shown
classes = [BaseException, Exception, TypeError, ValueError, KeyError, IndexError, AttributeError,
           NameError, ReferenceError, RuntimeError, StopIteration, ZeroDivisionError, AssertionError,
           NotImplementedError, ModuleNotFoundError, ImportError, UnboundLocalError, RecursionError, OverflowError]
for cls in classes:
    try:
        raise cls("msg")
    except BaseException as e:
        print(cls.__name__, repr(e), str(e), type(e) is cls, isinstance(e, Exception))
