# checks argument binding errors on plain positional calls, defaults and positional-only parameters
def two(a, b):
    return a + b

def with_default(a, b=10, c=20):
    return (a, b, c)

def posonly(a, b, /, c):
    return (a, b, c)

class Box:
    def __init__(self, x, y=0):
        self.total = x + y

    def add(self, n):
        return self.total + n

def attempt(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("ok", lambda: two(1, 2))
attempt("too many", lambda: two(1, 2, 3))
attempt("missing one", lambda: two(1))
attempt("missing two", lambda: two())
attempt("defaults", lambda: with_default(1))
attempt("one default", lambda: with_default(1, 2))
attempt("no default", lambda: with_default(1, 2, 3))
attempt("too many defaults", lambda: with_default(1, 2, 3, 4))
attempt("missing with defaults", lambda: with_default())
attempt("keyword", lambda: with_default(1, c=5))
attempt("multiple values", lambda: with_default(1, a=2))
attempt("unexpected", lambda: with_default(1, d=2))
attempt("posonly", lambda: posonly(1, 2, 3))
attempt("posonly by keyword", lambda: posonly(1, b=2, c=3))
attempt("posonly missing", lambda: posonly(1))
attempt("init", lambda: Box(1, 2).total)
attempt("init default", lambda: Box(5).total)
attempt("init too many", lambda: Box(1, 2, 3))
attempt("init missing", lambda: Box())
attempt("method", lambda: Box(1).add(2))
attempt("method missing", lambda: Box(1).add())
attempt("method too many", lambda: Box(1).add(2, 3))
bound = Box(4).add
attempt("bound", lambda: bound(1))
attempt("bound too many", lambda: bound(1, 2))
attempt("lambda", lambda: (lambda x, y=3: x * y)(2))
attempt("lambda too many", lambda: (lambda x: x)(1, 2))
