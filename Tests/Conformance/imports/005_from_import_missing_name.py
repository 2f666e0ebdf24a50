# checks ImportError for a missing name in a supported module
try:
    from weakref import nothing_here
except ImportError as e:
    print(type(e).__name__)
from gc import not_a_function
