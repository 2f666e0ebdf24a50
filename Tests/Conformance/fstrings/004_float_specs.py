# checks .Nf float format specs with width
v = 3.14159265
print(f"{v:.2f} {v:.0f} {v:8.3f} {-v:.1f}")
print(f"{2.5:.0f} {0.125:.2f} {1e6:.1f} {7:.2f}")
print(f"[{v:>10.4f}] [{v:<8.1f}]")
