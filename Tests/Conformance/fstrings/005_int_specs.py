# checks :d and width/fill/sign specs for ints
n = 255
print(f"{n:d} {-n:d} {n:5d} {n:<5d}|")
print(f"{n:+d} {n:05d} {-5:>4} {0:d}")
