# checks closures made in a loop with a factory capture each value
def make_adder(n):
    return lambda x: x + n
adders = [make_adder(i) for i in range(3)]
print([a(10) for a in adders])
