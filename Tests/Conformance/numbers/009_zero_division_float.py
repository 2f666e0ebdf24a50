# checks ZeroDivisionError messages for float division
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    2.0 // 0.0
except ZeroDivisionError as e:
    print(e)
print(3.5 % 0)
