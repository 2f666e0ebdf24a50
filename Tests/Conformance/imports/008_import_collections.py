# checks the sandbox refuses other standard modules too, with from-imports
try:
    import math
except ImportError as e:
    print(type(e).__name__, e)
from collections import OrderedDict
