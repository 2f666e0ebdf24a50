# checks triple-quoted strings keep newlines and indentation
text = """line one
  line two
line three"""
print(text)
print(len(text.split("\n")))
print('''single 'quoted' triple''')
