# checks while with else, break skipping else
n = 0
while n < 3:
    n += 1
else:
    print("finished normally", n)
while True:
    n += 1
    if n > 5:
        break
else:
    print("never")
print("after break", n)
