# checks replace, count and find
s = "banana"
print(s.replace("a", "o"), s.replace("an", "AN", 1), s.replace("x", "y"))
print(s.count("a"), s.count("an"), s.count("z"), s.count(""))
print(s.find("n"), s.find("na", 3), s.find("q"), s.find(""))
