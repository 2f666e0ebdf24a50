# checks factorials and products far past 64 bits, and their digit counts
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

for n in (20, 21, 25, 50, 100):
    print(n, factorial(n))
big = factorial(300)
print(len(str(big)), str(big)[:20], big % 1000003)
print(factorial(200) // factorial(198), factorial(30) // factorial(28) == 30 * 29)
print(sum(factorial(n) for n in range(15, 25)))
print(type(factorial(30)).__name__, isinstance(factorial(30), int))
