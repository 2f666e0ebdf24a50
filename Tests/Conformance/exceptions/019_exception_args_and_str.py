# checks str and repr of builtin exceptions with various args
print(str(ValueError()), str(ValueError("one")), str(ValueError("a", "b")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), repr(TypeError("t")))
e = IndexError("i")
print(e.args, isinstance(e, Exception), type(e).__name__)
