# checks formatting bool, None and containers with specs
print(f"{True} {None} {True:d} {(1, 2)}")
print(f"[{str(None):>6}] [{'x'!r:>5}]")
