# checks ZeroDivisionError for integer division
try:
    1 // 0
except ZeroDivisionError as e:
    print("floor:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("mod:", e)
print(1 / 0)
