# checks any other module is ModuleNotFoundError: os
print("before")
import os
