# checks isinstance with a non-type argument
print(isinstance(3, (str, (int,))))
isinstance(3, 4)
