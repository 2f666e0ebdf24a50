# checks method override and inherited attributes
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
class Dog(Animal):
    sound = "woof"
class Cat(Animal):
    def speak(self):
        return "purr from " + self.name
print(Dog("rex").speak(), Cat("tom").speak(), Animal("x").speak())
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, object))
