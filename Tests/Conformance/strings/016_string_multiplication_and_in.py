# checks repetition by zero and negatives, and substring membership
print(repr("ab" * 0), repr("ab" * -1), "" in "abc", "abc" in "ab")
