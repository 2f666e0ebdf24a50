# checks raising a non-exception is a TypeError
try:
    raise 5
except TypeError as e:
    print(e)
raise "text"
