# checks startswith and endswith including tuple arguments
name = "weakref.py"
print(name.startswith("weak"), name.endswith(".py"), name.startswith("ref"))
print(name.endswith((".txt", ".py")), name.startswith(("a", "b")), "".startswith(""))
