# checks unary minus, plus and invert
x = 5
print(-x, +x, ~x, - -x, -(-3.5), +True, -True)
