extension Snippets {
    /// Invalid programs: class, message and line must equal python3's `compile()`.
    static let syntaxErrors: [String] = [
        // Assignment targets.
        "1 = x\n", "f() = 1\n", "a, f() = 1\n", "x = 1 = y\n", "True = 1\n", "None = 1\n", "a + 1 = 2\n",
        "(a, 1) = x\n", "[a, 1] = x\n", "x = f() = 1\n", "'s' = 1\n", "a < b = 1\n", "not a = 1\n",
        "lambda: 1 = x\n", "(yield) = 1\n", "[x for x in y] = 1\n", "{1: 2} = x\n", "{1} = x\n", "... = 1\n",
        "a if b else c = 1\n", "f'{x}' = 1\n", "-x = 1\n",
        "del f()\n", "del 1\n", "del (a, 1)\n", "del a + b\n", "del *a\n",
        "a + 1 += 2\n", "a, b += 1\n", "f() += 1\n", "[a] += 1\n", "(a, b): int\n", "[a]: int\n", "f(): int = 1\n",
        "for 1 in x:\n    pass\n", "for f() in x:\n    pass\n", "[x for 1 in y]\n", "with a as 1:\n    pass\n",
        "with a as f():\n    pass\n",
        // Missing pieces.
        "if x\n    pass\n", "while x\n    pass\n", "for x in y\n    pass\n", "def f()\n    pass\n", "class A\n    pass\n",
        "try\n    pass\n", "else\n", "x = 1 +\n", "x = (1 +)\n", "f(,)\n", "def f(:\n    pass\n",
        "for x in 1 2: pass\n", "x y\n", "1 2\n", "import\n", "from x import\n", "from x import a,\n",
        "x = \n", "def\n", "class\n", "if\n", "lambda\n", "return return\n", "a.1\n", "x = [1, 2\n",
        "try:\n    pass\nx = 1\n", "x = 1 if y\n", "print(x if y)\n",
        // Indentation.
        "if x:\npass\n", "  x\n", "if x:\n  a\n b\n", "def f():\nreturn 1\n", "class A:\nx = 1\n",
        "for x in y:\nz\n", "while x:\nz\n", "try:\nz\n", "try:\n    a\nexcept:\nb\n", "try:\n    a\nfinally:\nb\n",
        "with a:\nb\n", "if x:\n    a\nelse:\nb\n", "if x:\n    a\nelif y:\nb\n", "x = 1\n    y = 2\n",
        "if x:\n        a\n    b\n", "def f():\n    x\n  y\n", "if x:\n\ta\n        b\n",
        "if x:\n    pass\n  else:\n    pass\n",
        // Tokens.
        "x = \"abc\n", "x = 'abc\n", "x = \"\"\"ab\n\nc\n", "x = '''\n", "print('a)\n", "x = (1,\ny = 2\n", "x = (\n",
        "x = (1,\ny = [2,\nz\n", "x = [1, 2)\n", ")\n", "x = (1, 2]\n", "x = {\n1: 2)\n", "]\n", "}\n",
        "f(a, b))\n", "1abc\n", "1_\n", "1__0\n", "0x\n", "0xg\n", "0o8\n", "0b2\n", "0b12\n", "012\n", "1e\n",
        "1.5e+\n", "0x_\n", "1.2.3\n", "$\n", "a ? b\n", "a €\n", "x = 1 \\ 2\n", "x = \\\n", "`x`\n", "a!b\n",
        "x = 5 # ok\ny = 'unterminated\n", "(\n", "[\n", "{\n", "f(\n", "x = [1,\n2,\n3\n",
        // Calls and displays.
        "f(a b)\n", "[1 2]\n", "(x y)\n", "{1 2}\n", "{1: 2 3: 4}\n", "f(a.b=1)\n", "f(a=1, b)\n", "f(**a, *b)\n",
        "f(**a, b)\n", "f(x for x in y, 1)\n", "f(1, x for x in y)\n", "f(x for x in y B)\n", "f(x for x in y\n  B)\n",
        "f(x for x in y if z w)\n", "f(a=1, b)\n", "f(a=1,\n  b,\n  c=2)\n", "f(**k,\n *a)\n", "f(incre incremental=1)\n",
        "x = 1 if y\n", "x = (1 if y)\n", "'t' if x:\n    pass\n", "x = [a if b]\n", "[*a for a in b]\n", "(*a)\n",
        "{1: 2, 3}\n", "x = {'b' 2}\n", "x = {1: 1, b c}\n", "x = {1: 1, 'b' 2, 3: 4}\n", "x = {1: 1, b: }\n",
        "x = {1: }\n", "x = {1: 1, b: *c}\n", "x = {a: 1, b c: 2}\n", "x = {'a': 1, 'b' 2}\n", "{1, 2: 3}\n", "print 'hello'\n", "print x\n", "exec 'code'\n", "if x = 1:\n    pass\n",
        "while x = 1:\n    pass\n", "f(a=1, a=2)\n", "x = a.\n", "x[]\n", "x[1:2:3:4]\n",
        // Definitions.
        "def f(a=1, b):\n    pass\n", "def f(*, **k):\n    pass\n", "def f(*):\n    pass\n", "def f(/, a):\n    pass\n",
        "def f(a, /, /):\n    pass\n", "def f(*a, /):\n    pass\n", "def f(**k, a):\n    pass\n", "def f(*a, *b):\n    pass\n",
        "def f(a, a):\n    pass\n", "lambda a, a: 1\n", "def f(*a=1):\n    pass\n", "def f(**k=1):\n    pass\n",
        "def f(a b):\n    pass\n", "def 1f():\n    pass\n", "class A(:\n    pass\n", "def f(a, 1):\n    pass\n",
        "try:\n    pass\nexcept A, B:\n    pass\n", "try:\n    pass\n", "x := 1\n", "(a.b := 1)\n", "(x := 1) := 2\n",
        "@\ndef f(): pass\n", "@x\nx = 1\n", "import a as\n", "from . import *, a\n", "global\n", "nonlocal 1\n",
        "assert\n", "raise from e\n", "x = yield = 1\n", "a = b = yield = c\n", "del\n",
        // f-strings.
        "f'{}'\n", "f'{ }'\n", "f'}'\n", "f'{'\n", "f'{x'\n", "f'{x!}'\n", "f'{x!z}'\n", "f'{x#}'\n", "f'{a b}'\n",
        "f'{x:{y:{z}}}'\n", "f'{)}'\n", "f'{x)}'\n", "f'{\\n}'\n",
        // Strings.
        "'a' b'b'\n", "b'caf\u{e9}'\n", "'\\x4'\n", "b'\\x4'\n", "'\\u12'\n",
    ]

    /// Errors CPython raises while compiling a parsed program.
    static let compileErrors: [String] = [
        "return 1\n", "x = 1\nreturn\n", "class A:\n    return 1\n", "break\n", "continue\n",
        "if x:\n    break\n", "for x in y:\n    pass\nelse:\n    break\n", "while x:\n    def f():\n        break\n",
        "while x:\n    class A:\n        continue\n", "try:\n    pass\nfinally:\n    continue\n",
        "yield 1\n", "x = yield\n", "class A:\n    yield 1\n", "def f():\n    return [(yield x) for x in y]\n",
        "def f():\n    return {(yield) for x in y}\n", "def f():\n    return ((yield) for x in y)\n",
        "def f():\n    return {x: (yield) for x in y}\n", "def f(x=(yield)):\n    pass\n",
        "nonlocal x\n", "class A:\n    nonlocal x\n", "def f(a):\n    global a\n", "def f(a):\n    nonlocal a\n",
        "def f():\n    x = 1\n    global x\n", "def f():\n    print(x)\n    global x\n",
        "x = 1\nglobal x\n", "def f():\n    global x\n    nonlocal x\n", "def f():\n    global x\n    x: int = 1\n",
        "def f():\n    return 1\nreturn 2\n", "nonlocal x\nreturn\n", "return\nnonlocal x\n",
        "for x in y:\n    pass\nbreak\n", "with a:\n    break\n", "lambda: (yield)\n",
        "def f():\n    while True:\n        try:\n            break\n        finally:\n            continue\n    return\n",
        "async_ = 1\nreturn async_\n",
        "def f():\n    nonlocal x\n", "def f():\n    x = 1\n    class A:\n        nonlocal x\n",
        "def f():\n    def g():\n        nonlocal y\n    x = 1\n",
        "x = 1\ndef f():\n    nonlocal x\n", "def f():\n    global x\n    def g():\n        nonlocal x\n",
    ]
}
