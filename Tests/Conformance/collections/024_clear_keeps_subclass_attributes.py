# clear() empties a dict or set subclass but keeps the instance's own attributes
class D(dict):
    pass
class S(set):
    pass
d = D(a=1, b=2)
d.note = "kept"
d.clear()
print(d, d.note)
s = S({1, 2, 3})
s.note = "kept too"
s.clear()
print(s, s.note)
s2 = S(range(20))
s2.tag = 1
s2.difference_update(range(5, 18))
print(sorted(s2), list(s2), s2.tag)
s3 = set(range(40))
s3.difference_update(range(0, 40, 2))
print(list(s3))
s3.symmetric_difference_update([1, 100, 3])
print(sorted(s3))
s3.symmetric_difference_update(s3)
print(s3)
s4 = {1, 2}
s4.difference_update(s4)
print(s4)
