# checks an unexpected indent error
x = 1
    y = 2
