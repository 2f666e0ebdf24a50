# checks the except target name is deleted after the handler
try:
    raise ValueError("x")
except ValueError as err:
    print("inside", err)
print(err)
