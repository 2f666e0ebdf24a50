# checks repetition by zero and negatives, and substring membership
print(repr("ab" * 0), repr("ab" * -1), "" in "abc", "abc" in "ab")
print("b" in "abc", "ac" in "abc", "abc" in "abc", "-" * 10)
word = "level"
print(word in ["level", "x"], "lev" in word, "vel" not in word)
