# checks NameError for an unknown name without a suggestion
print("start")
print(undefined_thing_xyz)
