# checks str.format with positional, numbered and keyword fields
print("{} + {} = {}".format(1, 2, 3))
print("{1} before {0}".format("a", "b"))
print("{name} is {age}".format(name="Ada", age=36))
print("{0}{0}{1}".format("x", "y"), "{{literal}}".format())
print("{:>6}|{:<4}|{:^5}|".format("r", "l", "c"))
print("{:.3f} {:d} {!r}".format(3.14159, 42, "q"))
