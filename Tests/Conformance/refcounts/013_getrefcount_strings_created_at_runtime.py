# checks getrefcount of a string built at run time
import sys
s = "-".join(["a", "b", "c"])
print(sys.getrefcount(s))
t = s
print(sys.getrefcount(s))
