# checks a __del__ that resurrects at exit does not run twice
class Phoenix:
    def __del__(self):
        global saved
        print("Phoenix.__del__")
        saved = self
def helper():
    pass
p = Phoenix()
print("end of program")
