# The conformance oracle's sandbox rule (python-subset.md, "Statements"): a program may
# import only weakref, gc and sys; any other module is ModuleNotFoundError, as the core
# says. The harness puts this folder on PYTHONPATH for python3, so python3 itself
# produces the expected output for import programs.
import builtins

_allowed = frozenset({"weakref", "gc", "sys"})
_real_import = builtins.__import__


def _sandboxed_import(name, globals=None, locals=None, fromlist=(), level=0):
    importer = (globals or {}).get("__name__")
    top = name.partition(".")[0]
    if importer == "__main__" and level == 0 and top not in _allowed:
        raise ModuleNotFoundError(f"No module named {top!r}", name=top)
    return _real_import(name, globals, locals, fromlist, level)


builtins.__import__ = _sandboxed_import
