/// The built-in classes, created once per run. Their namespaces hold the built-in methods
/// (installed by `Runtime.installBuiltins`).
struct BuiltinTypes {
    let object, type, int, float, bool, str, list, tuple, dict, set, frozenset: PyClass
    let noneType, function, builtinFunction, method, range, slice, cell, module: PyClass
    let property, staticMethod, classMethod, superType, notImplementedType, ellipsisType, frame: PyClass
    let listIterator, tupleIterator, strIterator, rangeIterator, dictKeyIterator, dictValueIterator, dictItemIterator: PyClass
    let setIterator, reversedIterator, enumerate, zip, map, filter: PyClass
    let dictKeys, dictValues, dictItems, generator, bytes: PyClass
    let weakref, weakProxy, weakCallableProxy: PyClass
    let baseException: PyClass
    /// Exception classes by name.
    var exceptions: [String: PyClass] = [:]

    init(runtime rt: Runtime) {
        func make(_ name: String, _ layout: Layout, _ bases: [PyClass], module: String = "builtins") -> PyClass {
            let ns = rt.immortal(PyDict(cls: nil))
            let c = rt.immortal(PyClass(name: name, qualname: name, module: module, bases: bases, namespace: ns,
                                        layout: layout, isBuiltin: true, cls: nil))
            c.mro = [c] + (bases.first.map { $0.mro } ?? [])
            return c
        }
        let object = make("object", .object, [])
        let type = make("type", .type, [object])
        let dict = make("dict", .dict, [object])
        for c in [object, type, dict] {
            c.cls = type
            c.namespace.cls = dict
        }
        func make2(_ name: String, _ layout: Layout, _ base: PyClass? = nil, module: String = "builtins") -> PyClass {
            let c = make(name, layout, [base ?? object], module: module)
            c.cls = type
            c.namespace.cls = dict
            return c
        }
        self.object = object
        self.type = type
        self.dict = dict
        int = make2("int", .int)
        bool = make2("bool", .bool, int)
        float = make2("float", .float)
        str = make2("str", .str)
        list = make2("list", .list)
        tuple = make2("tuple", .tuple)
        set = make2("set", .set)
        frozenset = make2("frozenset", .frozenset)
        noneType = make2("NoneType", .other)
        function = make2("function", .function)
        builtinFunction = make2("builtin_function_or_method", .other)
        method = make2("method", .other)
        range = make2("range", .other)
        slice = make2("slice", .other)
        cell = make2("cell", .other)
        module = make2("module", .other)
        property = make2("property", .other)
        staticMethod = make2("staticmethod", .other)
        classMethod = make2("classmethod", .other)
        superType = make2("super", .other)
        notImplementedType = make2("NotImplementedType", .other)
        ellipsisType = make2("ellipsis", .other)
        frame = make2("frame", .other)
        listIterator = make2("list_iterator", .other)
        tupleIterator = make2("tuple_iterator", .other)
        strIterator = make2("str_ascii_iterator", .other)
        rangeIterator = make2("range_iterator", .other)
        dictKeyIterator = make2("dict_keyiterator", .other)
        dictValueIterator = make2("dict_valueiterator", .other)
        dictItemIterator = make2("dict_itemiterator", .other)
        setIterator = make2("set_iterator", .other)
        reversedIterator = make2("list_reverseiterator", .other)
        enumerate = make2("enumerate", .other)
        zip = make2("zip", .other)
        map = make2("map", .other)
        filter = make2("filter", .other)
        dictKeys = make2("dict_keys", .other)
        dictValues = make2("dict_values", .other)
        dictItems = make2("dict_items", .other)
        generator = make2("generator", .other)
        bytes = make2("bytes", .other)
        weakref = make2("ReferenceType", .weakref, module: "weakref")
        weakProxy = make2("ProxyType", .other, module: "weakref")
        weakCallableProxy = make2("CallableProxyType", .other, module: "weakref")
        weakref.qualname = "ReferenceType"
        for c in [function, type, set, frozenset] { c.weakrefable = true }
        baseException = make2("BaseException", .exception)
        baseException.instancesHaveDict = true
        exceptions["BaseException"] = baseException
        let tree: [(String, String)] = [
            ("Exception", "BaseException"), ("SystemExit", "BaseException"), ("KeyboardInterrupt", "BaseException"),
            ("GeneratorExit", "BaseException"),
            ("ArithmeticError", "Exception"), ("ZeroDivisionError", "ArithmeticError"), ("OverflowError", "ArithmeticError"),
            ("AssertionError", "Exception"), ("AttributeError", "Exception"), ("LookupError", "Exception"),
            ("IndexError", "LookupError"), ("KeyError", "LookupError"), ("NameError", "Exception"),
            ("UnboundLocalError", "NameError"), ("ReferenceError", "Exception"), ("RuntimeError", "Exception"),
            ("NotImplementedError", "RuntimeError"), ("RecursionError", "RuntimeError"),
            ("StopIteration", "Exception"), ("TypeError", "Exception"), ("ValueError", "Exception"),
            ("ImportError", "Exception"), ("ModuleNotFoundError", "ImportError"), ("MemoryError", "Exception"),
            ("UnicodeError", "ValueError"), ("OSError", "Exception"), ("FileNotFoundError", "OSError"),
            ("SyntaxError", "Exception"), ("IndentationError", "SyntaxError"), ("TabError", "IndentationError"),
            ("Warning", "Exception"), ("UserWarning", "Warning"), ("DeprecationWarning", "Warning"),
            ("StopAsyncIteration", "Exception"), ("BufferError", "Exception"), ("EOFError", "Exception"),
            ("FloatingPointError", "ArithmeticError"),
        ]
        for (name, base) in tree {
            guard let b = exceptions[base] else { continue }
            let c = make2(name, .exception, b)
            c.instancesHaveDict = true
            c.weakrefable = true
            exceptions[name] = c
        }
        baseException.weakrefable = true
    }

    func exception(_ name: String) -> PyClass { exceptions[name] ?? baseException }
}
