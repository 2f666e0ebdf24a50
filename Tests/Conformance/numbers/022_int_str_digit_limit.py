# checks CPython 3.11's limit of 4300 digits for int <-> str conversion
big = 10 ** 4299
print(len(str(big)), len(repr(-big)), len(f"{big}"))
for make in (lambda: str(big * 10), lambda: repr(-(10 ** 4300)), lambda: f"{10 ** 5000}", lambda: "%d" % (10 ** 4400), lambda: format(7 ** 6000, ",")):
    try:
        make()
    except ValueError as e:
        print(e)
print(int("1" * 4300) % 1000, len(hex(10 ** 5000)), len(bin(3 ** 9000)))
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
try:
    int("-" + "9" * 5000)
except ValueError as e:
    print(e)
print(int("f" * 5000, 16) % 1000)
print(10 ** 9000 // 10 ** 8990)
import sys
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4500)), int("7" * 4999) % 1000)
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits(), len(str(10 ** 6000)))
