# checks getrefcount of plain lists and dicts held by names and containers
import sys
xs = []
d = {}
print(sys.getrefcount(xs), sys.getrefcount(d))
outer = [xs, d, xs]
print(sys.getrefcount(xs), sys.getrefcount(d))
