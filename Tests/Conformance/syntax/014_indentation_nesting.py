# checks deeply nested blocks with mixed indentation depth
def outer(n):
    if n > 0:
        for i in range(n):
            while i > 0:
                if i % 2:
                    print("odd", i)
                else:
                    print("even", i)
                i -= 1
    return "done"
print(outer(3))
