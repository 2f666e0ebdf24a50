# checks TypeError for unhashable dict keys and set items
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    s = {1}
    s.add({})
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)))
hash([1, 2])
