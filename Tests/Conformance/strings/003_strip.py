# checks strip with default whitespace and with characters
print(repr("  pad \n".strip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(repr("\t\n".strip()), repr("keep".strip("z")))
