# checks list append, extend, insert, pop, remove, index, count
xs = [3, 1, 2]
xs.append(4)
xs.extend([5, 1])
xs.insert(0, 0)
xs.insert(100, 9)
xs.insert(-1, 8)
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(1)
print(xs, xs.index(2), xs.count(1), xs.count(7))
print(xs.append(6), xs)
