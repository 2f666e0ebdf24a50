# checks the generic invalid syntax error
x = 1
y = = 2
