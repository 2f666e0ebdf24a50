# checks e, % and thousands-separator format specs
v = 3.14159265
print(f"{v:e} {v:.2e} {0.25:.1%} {12345.678:,.2f}")
print(format(1234567, ","), format(0.5, ".0%"))
