# checks the sandbox refuses other standard modules too
from collections import OrderedDict
