# checks instance attributes shadow class attributes
class C:
    shared = []
    value = 1
a = C()
b = C()
a.shared.append("x")
a.value = 2
print(b.shared, a.value, b.value, C.value)
C.value = 3
print(a.value, b.value)
