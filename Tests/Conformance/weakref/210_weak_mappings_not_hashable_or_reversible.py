# checks that weak dictionaries refuse hash() and reversed(), and that WeakSet refuses hash()
import weakref

for obj in (weakref.WeakValueDictionary(), weakref.WeakKeyDictionary(), weakref.WeakSet()):
    try:
        hash(obj)
    except TypeError as e:
        print("TypeError:", e)
for obj in (weakref.WeakValueDictionary(), weakref.WeakKeyDictionary()):
    try:
        reversed(obj)
    except TypeError as e:
        print("TypeError:", e)
print(weakref.WeakValueDictionary() == {}, weakref.WeakKeyDictionary() != {})
print(weakref.WeakValueDictionary() == [], weakref.WeakSet() == set())
