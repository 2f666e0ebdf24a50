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
        let cache = attributeSites[site]
        if cache.classHandle == cls.handle && cache.epoch == classEpoch { return cache }
        return AttributeSiteCache(classHandle: cls.handle, epoch: classEpoch)
    }

    /// `obj.name` at a compiled site; new reference.
    func loadAttribute(_ v: Value, _ name: AttributeName) throws -> Value {
        // Unowned locals: `v` keeps the object (and it its class) alive for this call.
        if case .object(let h) = v, let c = objects[Int(h)].cls {
            let cls = c
            let o = objects[Int(h)]
            var cache = siteCache(name.site, cls)
            if !cache.knowsLoad {
                cache.knowsLoad = true
                cache.loadFast = plainInstanceAttribute(cls, name.text)
                attributeSites[name.site] = cache
            }
            if cache.loadFast, let d = o.dict, let r = dictGetInterned(d, name) {
                incref(r)
                return r
            }
        }
        return try getAttribute(v, name.text)
    }

    /// `obj.name = value` at a compiled site (consumes `value`).
    func storeAttribute(_ v: Value, _ name: AttributeName, _ value: Value) throws {
        if case .object(let h) = v, let c = objects[Int(h)].cls {
            let cls = c
            let o = objects[Int(h)]
            var cache = siteCache(name.site, cls)
            if !cache.knowsStore {
                var fast = plainInstanceAttribute(cls, name.text) && cls.instancesHaveDict
                if fast, let setattr = lookup(cls, "__setattr__"), case .object(let sh) = setattr, !(object(sh) is PyBuiltin) {
                    fast = false
                }
                cache.knowsStore = true
                cache.storeFast = fast
                attributeSites[name.site] = cache
            }
            if cache.storeFast {
                dictSetInterned(instanceDict(o), name, value)
                return
            }
        }
        try setAttribute(v, name.text, value)
    }

    /// `loadMethod` at a compiled call site `obj.name(...)`.
    func loadMethod(_ receiver: Value, _ name: AttributeName) throws -> (Value, Bool) {
        if case .object(let h) = receiver, let c = objects[Int(h)].cls {
            let cls = c
            let o = objects[Int(h)]
            var cache = siteCache(name.site, cls)
            if !cache.knowsMethod {
                cache.knowsMethod = true
                if !cls.isSubclass(of: types.type), !cls.isSubclass(of: types.module), !cls.isSubclass(of: types.superType),
                   let descr = lookup(cls, name.text), case .object(let dh) = descr,
                   object(dh) is PyFunction || object(dh) is PyBuiltin {
                    cache.method = descr
                }
                attributeSites[name.site] = cache
            }
            if cls === types.module, name.text != "__name__", let d = o.dict, let r = dictGetInterned(d, name) {
                incref(r)
                return (r, false)
            }
            if case .object = cache.method, o.dict.map({ dictGetInterned($0, name) == nil }) ?? true {
                incref(cache.method)
                return (cache.method, true)
            }
        }
        return try loadMethod(receiver, name.text)
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
        let (entry, _) = d.find(hash: hash) { stored in
            guard case .object(let sh) = stored else { return false }
            if sh == key { return true }
            guard let s = object(sh) as? PyStr, let interned = object(key) as? PyStr else { return false }
            return s.value == interned.value
        }
        guard let entry, let e = d.entries[entry] else { return nil }
        return e.value
    }

    /// `d[name] = value` for an attribute-name key (consumes `value`). A str key never
    /// runs Python code to hash or compare, so this cannot fail.
    func dictSetInterned(_ d: PyDict, _ name: AttributeName, _ value: Value) {
        let key = name.key
        let (entry, slot) = d.find(hash: name.hash) { stored in
            guard case .object(let sh) = stored else { return false }
            if sh == key { return true }
            guard let s = object(sh) as? PyStr else { return false }
            return s.value == name.text
        }
        if let entry, let existing = d.entries[entry] {
            d.entries[entry]?.value = value
            decref(existing.value)
            return
        }
        incref(.object(key))
        d.insertNew(key: .object(key), value: value, hash: name.hash, slot: slot)
        memoryBytes += 24
    }
}
