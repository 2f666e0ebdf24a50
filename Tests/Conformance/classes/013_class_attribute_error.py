# checks AttributeError on a class object
class Config:
    debug = False
print(Config.debug)
print(Config.verbose)
