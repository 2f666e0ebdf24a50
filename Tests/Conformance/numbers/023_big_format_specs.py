# checks format specs on big ints: grouping, signs, widths, bases, float presentation
n = 7 ** 50
print(f"{n}", f"{n:,}", f"{-n:_}", f"{n:>60}|", f"{n:<60}|", f"{n:^60}|", f"{n:+d}", f"{n: d}")
print(f"{n:x}", f"{-n:#X}", f"{n:_b}", f"{n:o}", f"{n:#o}", f"{n:_x}", f"{n:#_x}")
print(f"{n:e}", f"{n:.3f}", f"{n:g}", f"{-n:.2e}", f"{n:n}", f"{n:%}")
print(format(n, "060d"), format(-n, "=+65"), format(2 ** 64, "*^30"))
print("%d" % n, "%d" % 1e20, "%i" % -n, "%5d|" % (2 ** 64), "%x" % (2 ** 70), "%-30d|" % (2 ** 70))
print("{} {:,} {!r}".format(n, -n, n))
