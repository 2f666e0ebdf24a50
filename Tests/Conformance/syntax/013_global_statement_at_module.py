# checks global names assigned from functions become visible to the module
def setup():
    global counter, label
    counter = 1
    label = "set"
setup()
print(counter, label)
