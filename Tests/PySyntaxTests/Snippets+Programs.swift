extension Snippets {
    /// Whole programs of the kind learners write in the weakref course.
    static let programs: [String] = [
        #"""
        import weakref
        import gc


        class Account:
            """A bank account."""
            count = 0

            def __init__(self, owner, balance=0):
                self.owner = owner
                self.balance = balance
                Account.count += 1

            def __repr__(self):
                return f"Account({self.owner!r}, {self.balance:.2f})"

            def __del__(self):
                print("bye", self.owner)


        def callback(ref):
            print("dead:", ref)


        a = Account("ann", 10)
        r = weakref.ref(a, callback)
        print(r() is a, weakref.getweakrefcount(a))
        del a
        gc.collect()
        print(r())
        """#,
        #"""
        def fib(n):
            if n < 2:
                return n
            return fib(n - 1) + fib(n - 2)

        total = 0
        for i in range(25):
            total += fib(i) if i % 2 == 0 else -fib(i)
        print(total)
        """#,
        #"""
        class Node:
            __slots__ = ('value', 'next', '__weakref__')

            def __init__(self, value, next=None):
                self.value, self.next = value, next

        head = None
        for v in reversed(range(5)):
            head = Node(v, head)
        values = []
        while head is not None:
            values.append(head.value)
            head = head.next
        print(values, sum(x * x for x in values))
        """#,
        #"""
        try:
            x = {}["missing"]
        except (KeyError, IndexError) as error:
            print(type(error).__name__, error)
        else:
            pass
        finally:
            print("done")

        def check(value):
            assert isinstance(value, int), "need an int"
            if not 0 <= value < 10:
                raise ValueError(f"{value} out of range") from None
            return {k: v for k, v in zip("abc", range(3)) if v != value}
        """#,
        #"""
        cache = weakref.WeakValueDictionary()
        def get(key, *args, default=None, **options):
            global cache
            obj = cache.get(key)
            if obj is None:
                obj = cache[key] = Thing(key, *args, **options)
            return obj or default

        items = [get(k) for k in ("a", "b") for _ in range(2)]
        matrix = [[i * j for j in range(3)] for i in range(3)]
        print(matrix[1][1:], matrix[::-1][0], items[-1:])
        squares = list(map(lambda n: n ** 2, filter(lambda n: n & 1, range(10))))
        x = y = z = 0
        a, (b, c), *d = 1, (2, 3), 4, 5
        print(f"{a=} {b!s:>4} {'|'.join(map(str, d))}")
        """#,
        #"""
        class Stack(list):
            def push(self, item):
                self.append(item)

            @property
            def top(self):
                return self[-1] if self else None

            @top.setter
            def top(self, value):
                self[-1] = value

        s = Stack()
        s.push(1); s.push(2)
        s.top = 3
        print(s, s.top, len(s), 3 in s, not s)
        """#,
    ]
}
