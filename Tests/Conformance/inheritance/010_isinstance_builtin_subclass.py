# checks issubclass among builtin types and exception classes
class MyList(list):
    pass
print(issubclass(MyList, list), issubclass(KeyError, Exception), issubclass(list, MyList))
print(issubclass(ZeroDivisionError, Exception), issubclass(ReferenceError, Exception))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(UnboundLocalError, NameError))
print(issubclass(RecursionError, RuntimeError), issubclass(bool, int), issubclass(Exception, BaseException))
print(issubclass(NotImplementedError, RuntimeError), issubclass(StopIteration, Exception))
