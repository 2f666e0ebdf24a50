# checks string ordering, chr and ord
print("apple" < "banana", "Zebra" < "apple", "abc" < "abd", "ab" < "abc")
print(ord("A"), ord("a"), chr(65), chr(0x263A), ord("\n"))
print(sorted(["b", "A", "a", "B"]))
