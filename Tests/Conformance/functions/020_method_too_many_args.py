# checks the TypeError for too many arguments to a method
class Dog:
    def bark(self):
        return "woof"
d = Dog()
print(d.bark())
d.bark("loud")
