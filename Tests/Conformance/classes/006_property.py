# checks property getters, setters and read-only properties
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("setting", v)
        self._c = v
    @property
    def kelvin(self):
        return self._c + 273
t = Temp()
t.celsius = 25
print(t.celsius, t.kelvin)
t.kelvin = 3
