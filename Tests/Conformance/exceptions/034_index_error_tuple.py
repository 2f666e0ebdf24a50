# checks IndexError message for tuple indexing
t = (1, 2)
t[2]
