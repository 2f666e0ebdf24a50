# checks defining __eq__ without __hash__ makes instances unhashable
class P:
    def __eq__(self, other):
        return True
print(P() == 5, P.__hash__)
s = {P()}
