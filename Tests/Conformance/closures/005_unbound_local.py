# checks UnboundLocalError when assigning after reading a global name
count = 0
def bump():
    count += 1
    return count
bump()
