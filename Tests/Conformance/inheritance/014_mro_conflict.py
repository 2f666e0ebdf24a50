# checks the TypeError for an inconsistent MRO
class A:
    pass
class B(A):
    pass
print("defining")
class C(A, B):
    pass
