/// A dict laid out as CPython's compact dict: an insertion-ordered entry array plus an
/// open-addressed index, so iteration order, deletion holes and re-insertion order match.
/// Hashing and equality may run Python code, so lookups take them as closures.
final class PyDict: PyObject {
    struct Entry { var key: Value; var value: Value; var hash: Int }
    var entries: [Entry?] = []
    /// -1 empty, -2 deleted, else an index into `entries`.
    var indices = DictIndex(size: 8)
    var used = 0
    /// Bumped on every insertion or deletion, so iterators can detect a size change.
    var version = 0
    /// An instance's attribute storage that Python code has not seen as `__dict__`:
    /// CPython 3.11 keeps such attributes inline with no dict object, so `gc.collect()`
    /// does not count it.
    var isHiddenInstanceDict: Bool {
        get { subclassFlags & 1 != 0 }
        set { subclassFlags = newValue ? subclassFlags | 1 : subclassFlags & ~1 }
    }
    /// Not (yet) in the collector's list: CPython makes `{}`, `dict()` and dict displays
    /// untracked and tracks a dict, appending it to the list, when a key or value that
    /// may be tracked goes in (`MAINTAIN_TRACKING`). That moment, not the allocation, is
    /// its place in collection order (`Runtime.maintainTracking`).
    var isUntracked: Bool {
        get { subclassFlags & 2 != 0 }
        set { subclassFlags = newValue ? subclassFlags | 2 : subclassFlags & ~2 }
    }

    override init(cls: PyClass?) { super.init(cls: cls) }

    /// CPython: `dict_dealloc` releases entries first to last (key, then value).
    override func references(into out: inout [Value]) {
        super.references(into: &out)
        for case let e? in entries { out.append(e.key); out.append(e.value) }
    }
    override func takeReferences() -> [Value] {
        var out = super.takeReferences()
        for case let e? in takeEntries() { out.append(e.key); out.append(e.value) }
        return out
    }
    override func dropReferences(_ release: (Value) -> Void) {
        // Everything is taken before anything is released.
        let held = takeEntries()
        dropOwnReferences(release)
        for case let e? in held {
            release(e.key)
            release(e.value)
        }
    }

    /// Empties the dict (a fresh 8-slot index), returning the entries it held for the
    /// caller to release, key then value, first to last.
    func takeEntries() -> [Entry?] {
        let held = entries
        entries = []
        indices = DictIndex(size: 8)
        used = 0
        version += 1
        return held
    }
    override var chargedBytes: Int { 64 + 24 * entries.count + 4 * indices.count }

    /// Finds the entry index of `key`, or where the index slot for a new key would go.
    func find(hash: Int, eq: (Value) throws -> Bool) rethrows -> (entry: Int?, slot: Int) {
        let mask = indices.count - 1
        var probe = HashProbe(hash: hash, mask: mask)
        var i = probe.start
        var firstFree: Int? = nil
        while true {
            let ix = indices[i]
            if ix == -1 { return (nil, firstFree ?? i) }
            if ix == -2 {
                if firstFree == nil { firstFree = i }
            } else if let e = entries[Int(ix)], e.hash == hash, try eq(e.key) {
                return (Int(ix), i)
            }
            i = probe.next(after: i)
        }
    }

    /// Appends a new entry (the caller checked the key is absent). Takes both references.
    func insertNew(key: Value, value: Value, hash: Int, slot: Int) {
        // Room for a few entries at once, so a small dict (an instance's `__dict__`) does
        // not grow its entry array at every attribute.
        if entries.capacity == 0 { entries.reserveCapacity(3) }
        entries.append(Entry(key: key, value: value, hash: hash))
        indices[slot] = Int32(entries.count - 1)
        used += 1
        version += 1
        if entries.count * 3 >= indices.count * 2 { rebuild() }
    }

    /// Removes entry `index`, returning it so the caller can release key and value.
    /// `slot` is where `find` saw the entry, when the caller knows it.
    func remove(entryIndex: Int, slot: Int? = nil) -> Entry? {
        guard let e = entries[entryIndex] else { return nil }
        entries[entryIndex] = nil
        let target = Int32(entryIndex)
        if let slot, indices[slot] == target {
            indices[slot] = -2
        } else {
            // The entry's slot is on its hash's probe sequence, as `find` walks it.
            let mask = indices.count - 1
            var probe = HashProbe(hash: e.hash, mask: mask)
            var i = probe.start
            while indices[i] != target {
                i = probe.next(after: i)
            }
            indices[i] = -2
        }
        used -= 1
        version += 1
        if used == 0 { entries = []; indices = DictIndex(size: 8) }
        return e
    }

    /// Compacts the entries in place and rebuilds the index with room for three times the
    /// live entries (CPython's `GROWTH_RATE`), so a dict whose keys come and go, as a cache's
    /// do, is rebuilt only every `used` or so insertions.
    func rebuild() {
        var size = 8
        while size < used * 3 { size <<= 1 }
        var kept = 0
        for r in entries.indices {
            if let e = entries[r] {
                entries[kept] = e
                kept += 1
            }
        }
        entries.removeLast(entries.count - kept)
        indices = DictIndex(size: size)
        let mask = size - 1
        for n in 0..<kept {
            guard let e = entries[n] else { continue }
            var probe = HashProbe(hash: e.hash, mask: mask)
            var i = probe.start
            while indices[i] != -1 {
                i = probe.next(after: i)
            }
            indices[i] = Int32(n)
        }
    }

    /// Live entries in order.
    var liveEntries: [Entry] { entries.compactMap { $0 } }
}

/// A dict's hash index: 8 one-byte slots packed in a word for a small dict (an instance's
/// `__dict__`, as CPython's 8-slot tables use one-byte indices), else an `Int32` array.
/// Slots hold -1 (empty), -2 (deleted) or an index into the entries.
struct DictIndex {
    private var small: UInt64 = ~0
    private var large: [Int32] = []

    init(size: Int) {
        if size > 8 { large = [Int32](repeating: -1, count: size) }
    }

    var count: Int { large.isEmpty ? 8 : large.count }

    subscript(slot: Int) -> Int32 {
        @inline(__always) get {
            if large.isEmpty { return Int32(Int8(truncatingIfNeeded: small >> (UInt64(slot) &* 8))) }
            return large[slot]
        }
        @inline(__always) set {
            if large.isEmpty {
                let shift = UInt64(slot) &* 8
                small = (small & ~(0xFF << shift)) | (UInt64(UInt8(truncatingIfNeeded: newValue)) << shift)
            } else {
                large[slot] = newValue
            }
        }
    }
}

/// A set or frozenset laid out as CPython's `setobject.c` table (linear probing of 9, then
/// perturbation; resize at 3/5 full to 4x used), so iteration order matches CPython's.
final class PySet: PyObject {
    struct Slot { var key: Value; var hash: Int }
    /// `nil` never used, `.some(nil)`: dummy (deleted), else an entry.
    var table: [Slot??] = [Slot??](repeating: nil, count: 8)
    var fill = 0
    var used = 0
    var finger = 0
    let frozen: Bool
    var version = 0
    var cachedHash: Int?

    init(frozen: Bool, cls: PyClass?) { self.frozen = frozen; super.init(cls: cls) }

    override func references(into out: inout [Value]) {
        super.references(into: &out)
        for case let s?? in table { out.append(s.key) }
    }
    override func takeReferences() -> [Value] {
        var out = super.takeReferences()
        out += takeKeys()
        return out
    }

    /// Empties the set (a fresh 8-slot table), returning its keys in table order.
    func takeKeys() -> [Value] {
        let held = keys
        table = [Slot??](repeating: nil, count: 8)
        fill = 0
        used = 0
        version += 1
        return held
    }
    override var chargedBytes: Int { 200 + 16 * table.count }

    var keys: [Value] { table.compactMap { $0??.key } }

    func find(hash: Int, eq: (Value) throws -> Bool) rethrows -> Int? {
        let mask = table.count - 1
        var probe = HashProbe(hash: hash, mask: mask)
        var i = probe.start
        while true {
            var probes = i + 9 <= mask ? 9 : 0
            var j = i
            while true {
                switch table[j] {
                case .none: return nil
                case .some(.some(let s)):
                    if s.hash == hash, try eq(s.key) { return j }
                case .some(.none): break
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            i = probe.next(after: i)
        }
    }

    /// Adds a key known to be absent (the caller checked). Takes the reference. As
    /// CPython's `set_add_entry`, the last deleted slot met on the way to an unused one
    /// is taken over (which changes no fill and so never resizes).
    func insertNew(key: Value, hash: Int) {
        let mask = table.count - 1
        var probe = HashProbe(hash: hash, mask: mask)
        var i = probe.start
        var lastDummy: Int? = nil
        outer: while true {
            var probes = i + 9 <= mask ? 9 : 0
            var j = i
            while true {
                switch table[j] {
                case .none: i = j; break outer
                case .some(.none): lastDummy = j
                case .some(.some): break
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            i = probe.next(after: i)
        }
        used += 1
        version += 1
        if let lastDummy {
            table[lastDummy] = .some(Slot(key: key, hash: hash))
            return
        }
        table[i] = .some(Slot(key: key, hash: hash))
        fill += 1
        if fill * 5 >= mask * 3 { resize(minUsed: used > 50000 ? used * 2 : used * 4) }
    }

    func remove(at j: Int) -> Value? {
        guard case .some(.some(let s)) = table[j] else { return nil }
        table[j] = .some(nil)
        used -= 1
        version += 1
        return s.key
    }

    func resize(minUsed: Int) {
        var size = 8
        while size <= minUsed { size <<= 1 }
        let old = table
        table = [Slot??](repeating: nil, count: size)
        fill = 0; used = 0
        for case let s?? in old { insertClean(s) }
    }

    private func insertClean(_ s: Slot) {
        let mask = table.count - 1
        var probe = HashProbe(hash: s.hash, mask: mask)
        var i = probe.start
        while true {
            if case .none = table[i] { break }
            var found = false
            if i + 9 <= mask {
                for k in 1...9 where table[i + k] == nil {
                    i += k; found = true; break
                }
            }
            if found { break }
            i = probe.next(after: i)
        }
        table[i] = .some(s)
        fill += 1
        used += 1
    }
}

/// CPython's open-addressing probe order, shared by dicts and sets: first `hash & mask`,
/// then `i = 5 * i + 1 + perturb`, with `perturb` (the hash) shifted right by 5 each step.
struct HashProbe {
    let start: Int
    private var perturb: UInt
    private let mask: Int

    init(hash: Int, mask: Int) {
        perturb = UInt(bitPattern: hash)
        self.mask = mask
        start = Int(UInt(bitPattern: hash) & UInt(mask))
    }

    /// The slot to try after slot `i`.
    @inline(__always)
    mutating func next(after i: Int) -> Int {
        perturb >>= 5
        return (i &* 5 &+ 1 &+ Int(perturb & UInt(Int.max))) & mask
    }
}
