# checks escape sequences and repr quoting choices
print("tab\there", "new\\nline", len("\n"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("a\nb"))
print(repr("\t"), repr("back\\slash"), 'single', "double")
