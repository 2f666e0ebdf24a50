# checks comments and docstrings are ignored as statements
"""Module docstring."""
def f():
    """Function docstring."""
    # a comment
    return 1  # trailing comment
class K:
    """Class docstring."""
    x = 2
print(f(), K.x)
