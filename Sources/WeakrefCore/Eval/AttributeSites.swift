/// Per-site inline caches for `obj.name`, `obj.name = v` and `obj.name(...)`.
///
/// The general paths (`getAttribute`, `setAttribute`, `loadMethod`) take a `String` and
/// decide, for every access, whether a property, a slot, `__setattr__`, a metaclass or a
/// proxy is involved. For a given class those answers do not change until some class's
/// namespace does (`classEpoch`), so each site remembers them for the last class it saw
/// and, when they allow it, goes straight to the instance dict with the interned key.
/// Whatever the cache does not cover falls back to the general path, which stays the
/// single definition of the semantics.
struct AttributeSiteCache {
    var classHandle: UInt32 = 0
    var epoch = -1
    /// Which of the answers below have been worked out for this class (a site can be read
    /// and written, as in `obj.n += 1`).
    var knowsLoad = false, knowsStore = false, knowsMethod = false
    /// Reading or writing goes straight to the instance dict: nothing the general path
    /// checks first (property, slot, `__setattr__`, metaclass, special name) applies.
    var loadFast = false, storeFast = false
    /// `obj.name(...)`: the plain function found on the class, called with the receiver
    /// first; `.none` when the general path must decide.
    var method: Value = .none
    /// `module.name(...)`: the callee is the module's own attribute (any name but `__name__`).
    var moduleAttribute = false
}

extension Runtime {
    /// Interns `name` and gives its site a cache (the compiler's `attributeName` hook).
    func attributeName(_ name: String) -> AttributeName {
        guard case .object(let key) = internedString(name), let s = object(key) as? PyStr else {
            preconditionFailure("interned strings are str objects")
        }
        attributeSites.append(AttributeSiteCache())
        return AttributeName(text: name, key: key, hash: s.hashValue, site: attributeSites.count - 1)
    }

    /// Any class namespace changed (or a class was made, which may reuse a dead class's
    /// handle): every cached lookup is stale.
    func invalidateLookupCaches() {
        classEpoch &+= 1
    }

    /// Names whose meaning the general path decides specially.
    private func isSpecialAttribute(_ name: String) -> Bool {
        name == "__class__" || name == "__dict__" || name == "__weakref__" || name == "__callback__"
    }

    /// Instances of `cls` read and write plain attributes in their instance dict: a user
    /// class that is not a metaclass, and `name` is no slot, property or special name.
    private func plainInstanceAttribute(_ cls: PyClass, _ name: String) -> Bool {
        // A module's attributes are its dict's entries (`__name__` aside).
        if cls === types.module { return name != "__name__" }
        guard !cls.isBuiltin, !cls.isSubclass(of: types.type), !isSpecialAttribute(name),
              !cls.slotNames.contains(name) else { return false }
        if let d = lookup(cls, name), case .object(let h) = d, object(h) is PyProperty { return false }
        return true
    }

    /// The site's cache, emptied if it describes another class or an older epoch.
    @inline(__always)
    private func siteCache(_ site: Int, _ cls: PyClass) -> AttributeSiteCache {
        siteCache(site, classHandle: cls.handle)
    }

    /// As `siteCache(_:_:)`, given only the class's handle: a caller that holds no strong
    /// reference to the class then needs none.
    @inline(__always)
    private func siteCache(_ site: Int, classHandle: UInt32) -> AttributeSiteCache {
        let cache = attributeSites[site]
        if cache.classHandle == classHandle && cache.epoch == classEpoch { return cache }
        return AttributeSiteCache(classHandle: classHandle, epoch: classEpoch)
    }

    /// `obj.name` at a compiled site; new reference.
    func loadAttribute(_ v: Value, _ name: AttributeName) throws -> Value {
        // The object is lent unretained: `v` keeps it (and it its class) alive, and the
        // fast path runs no Python code.
        if case .object(let h) = v, let r = objects.withUnretained(Int(h), { cachedInstanceLoad($0, name) }) {
            incref(r)
            return r
        }
        return try getAttribute(v, name.text)
    }

    /// `o.name` straight from the instance dict (borrowed), when the site's cache allows it.
    @inline(__always)
    private func cachedInstanceLoad(_ o: PyObject, _ name: AttributeName) -> Value? {
        guard let classHandle = o.cls?.handle else { return nil }
        var cache = siteCache(name.site, classHandle: classHandle)
        if !cache.knowsLoad { cache = learnLoad(o, name) }
        guard cache.loadFast, let d = o.dict else { return nil }
        return dictGetInterned(d, name)
    }

    @inline(never)
    private func learnLoad(_ o: PyObject, _ name: AttributeName) -> AttributeSiteCache {
        learn(o, name) { cache, cls in
            cache.knowsLoad = true
            cache.loadFast = plainInstanceAttribute(cls, name.text)
        }
    }

    /// Works out, on a site's first use with `o`'s class (or after an epoch change), what
    /// the general path would decide, and remembers it in the site's cache.
    private func learn(_ o: PyObject, _ name: AttributeName, _ decide: (inout AttributeSiteCache, PyClass) -> Void) -> AttributeSiteCache {
        guard let cls = o.cls else { return AttributeSiteCache() }
        var cache = siteCache(name.site, cls)
        decide(&cache, cls)
        attributeSites[name.site] = cache
        return cache
    }

    /// `obj.name = value` at a compiled site (consumes `value`).
    func storeAttribute(_ v: Value, _ name: AttributeName, _ value: Value) throws {
        // Lent unretained as in `loadAttribute`: the only Python code the fast path can run
        // is the old value's release, its very last step.
        if case .object(let h) = v, objects.withUnretained(Int(h), { cachedInstanceStore($0, name, value) }) { return }
        try setAttribute(v, name.text, value)
    }

    /// `o.name = value` straight into the instance dict, when the site's cache allows it;
    /// false (nothing consumed) when the general path must decide.
    @inline(__always)
    private func cachedInstanceStore(_ o: PyObject, _ name: AttributeName, _ value: Value) -> Bool {
        guard let classHandle = o.cls?.handle else { return false }
        var cache = siteCache(name.site, classHandle: classHandle)
        if !cache.knowsStore { cache = learnStore(o, name) }
        guard cache.storeFast else { return false }
        guard let d = o.dict else {
            dictSetInterned(instanceDict(o), name, value)
            return true
        }
        Unmanaged.passUnretained(d)._withUnsafeGuaranteedRef { d in
            // A new attribute (no Python code ran): the class remembers how many its
            // instances grow to. A replaced value's `__del__` may have freed `d`: not read then.
            if dictSetInterned(d, name, value), let cls = o.cls, d.entries.count > cls.instanceAttributeCount {
                cls.instanceAttributeCount = d.entries.count
            }
        }
        return true
    }

    @inline(never)
    private func learnStore(_ o: PyObject, _ name: AttributeName) -> AttributeSiteCache {
        learn(o, name) { cache, cls in
            var fast = plainInstanceAttribute(cls, name.text) && cls.instancesHaveDict
            if fast, let setattr = lookup(cls, "__setattr__"), case .object(let sh) = setattr, !(object(sh) is PyBuiltin) {
                fast = false
            }
            cache.knowsStore = true
            cache.storeFast = fast
        }
    }

    /// `loadMethod` at a compiled call site `obj.name(...)`.
    func loadMethod(_ receiver: Value, _ name: AttributeName) throws -> (Value, Bool) {
        // Lent unretained as in `loadAttribute` (no Python code runs here).
        if case .object(let h) = receiver,
           let (method, isUnbound) = objects.withUnretained(Int(h), { cachedMethod($0, name) }) {
            incref(method)
            return (method, isUnbound)
        }
        return try loadMethod(receiver, name.text)
    }

    /// The borrowed target of `o.name(...)` when the site's cache knows it: a module's
    /// attribute (not bound), or the plain function or builtin found on the class, which
    /// the instance dict does not shadow (bound: the receiver goes first).
    @inline(__always)
    private func cachedMethod(_ o: PyObject, _ name: AttributeName) -> (Value, Bool)? {
        guard let classHandle = o.cls?.handle else { return nil }
        var cache = siteCache(name.site, classHandle: classHandle)
        if !cache.knowsMethod { cache = learnMethod(o, name) }
        if cache.moduleAttribute, let d = o.dict, let r = dictGetInterned(d, name) {
            return (r, false)
        }
        guard case .object = cache.method else { return nil }
        if let d = o.dict, dictGetInterned(d, name) != nil { return nil }
        return (cache.method, true)
    }

    @inline(never)
    private func learnMethod(_ o: PyObject, _ name: AttributeName) -> AttributeSiteCache {
        learn(o, name) { cache, cls in
            cache.knowsMethod = true
            cache.moduleAttribute = cls === types.module && name.text != "__name__"
            if !cls.isSubclass(of: types.type), !cls.isSubclass(of: types.module), !cls.isSubclass(of: types.superType),
               let descr = lookup(cls, name.text), case .object(let dh) = descr,
               object(dh) is PyFunction || object(dh) is PyBuiltin {
                cache.method = descr
            }
        }
    }

    /// Borrowed value of an attribute-name key, found by identity with the interned key
    /// first (the usual case), else by hash and string equality.
    @inline(__always)
    func dictGetInterned(_ d: PyDict, _ name: AttributeName) -> Value? {
        dictGetInterned(d, key: name.key, hash: name.hash)
    }

    /// As `dictGetInterned(_:_:)`, given the interned `str` object's handle and its hash
    /// (no string is copied unless a key equal to it, but not it, is met).
    @inline(__always)
    func dictGetInterned(_ d: PyDict, key: UInt32, hash: Int) -> Value? {
        guard let entry = findInterned(d, key: key, hash: hash).entry, let e = d.entries[entry] else { return nil }
        return e.value
    }

    /// `d.find` for an interned `str` key: by identity first, else by string equality
    /// (no Python code runs).
    @inline(__always)
    private func findInterned(_ d: PyDict, key: UInt32, hash: Int) -> (entry: Int?, slot: Int) {
        d.find(hash: hash) { stored in
            guard case .object(let sh) = stored else { return false }
            if sh == key { return true }
            guard let s = object(sh) as? PyStr, let interned = object(key) as? PyStr else { return false }
            return s.value == interned.value
        }
    }

    /// `d[name] = value` for an attribute-name key (consumes `value`). A str key never
    /// runs Python code to hash or compare, so this cannot fail. True when the key was new
    /// (then no Python code ran); replacing a value releases the old one last of all.
    @discardableResult
    func dictSetInterned(_ d: PyDict, _ name: AttributeName, _ value: Value) -> Bool {
        let key = name.key
        let (entry, slot) = findInterned(d, key: key, hash: name.hash)
        maintainTracking(d, .none, value)
        if let entry, let existing = d.entries[entry] {
            d.entries[entry]?.value = value
            decref(existing.value)
            return false
        }
        incref(.object(key))
        d.insertNew(key: .object(key), value: value, hash: name.hash, slot: slot)
        memoryBytes += 24
        return true
    }
}
