# checks a SyntaxError for an unclosed bracket is reported with status 1
print("before")
x = (1, 2
