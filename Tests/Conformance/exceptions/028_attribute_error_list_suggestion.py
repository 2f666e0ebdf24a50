# checks AttributeError with suggestion on a builtin type
xs = []
xs.apend(1)
