# A tiny image cache that never keeps an image alive on its own.
import gc
import weakref


class Image:
    def __init__(self, name):
        self.name = name


# 1. Create the cache: a mapping that holds its values weakly.
cache = None

# 2. Create three images named "logo", "banner" and "icon", keep each in a
#    variable, and store each one in the cache under its name.

# 3. Print the sorted list of the cache's keys.

# 4. Drop your strong references to "banner" and "icon", then run the
#    cycle collector.

# 5. Print the sorted list of the cache's keys again, then
#    print("still cached:", <the name of the image found under "logo">).
