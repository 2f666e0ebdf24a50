import Testing
@testable import WeakrefCore

/// The object model without the evaluator: counts decide death, `__del__` and release
/// order follow CPython.
@Suite("Heap and reference counts")
struct HeapTests {
    @Test func anObjectDiesExactlyOnItsLastDecref() {
        let rt = Runtime(limits: Limits())
        let live = rt.liveObjects
        let list = rt.register(PyList([], cls: rt.types.list))
        let v = Value.object(list.handle)
        rt.incref(v)
        #expect(rt.liveObjects == live + 1)
        rt.decref(v)
        #expect(rt.liveObjects == live + 1, "one reference is still held")
        #expect(rt.object(list.handle) === list)
        rt.decref(v)
        #expect(rt.liveObjects == live)
        #expect(rt.object(list.handle) is PyFreed)
    }

    @Test func aListReleasesItsItemsLastToFirst() {
        let rt = Runtime(limits: Limits())
        let items = (0..<3).map { _ in Value.object(rt.register(PyList([], cls: rt.types.list)).handle) }
        let handles = items.compactMap(\.handle)
        let outer = rt.register(PyList(items, cls: rt.types.list))
        // Free slots are pushed as objects die, so the free list records the death order.
        let before = rt.freeHandles.count
        rt.decref(.object(outer.handle))
        let died = Array(rt.freeHandles[before...])
        #expect(died == [handles[2], handles[1], handles[0], outer.handle])
    }

    @Test func aDictReleasesItsEntriesFirstToLast() throws {
        let rt = Runtime(limits: Limits())
        let d = rt.register(PyDict(cls: rt.types.dict))
        var values: [UInt32] = []
        for i in 0..<3 {
            let v = rt.register(PyList([], cls: rt.types.list))
            values.append(v.handle)
            try rt.dictSet(d, consumingKey: .int(i), consumingValue: .object(v.handle))
        }
        let before = rt.freeHandles.count
        rt.decref(.object(d.handle))
        #expect(Array(rt.freeHandles[before...]) == values + [d.handle])
    }

    @Test func aWeakReferenceIsClearedWhenItsReferentDies() throws {
        let rt = Runtime(limits: Limits())
        let target = rt.register(PySet(frozen: false, cls: rt.types.set))
        let ref = try rt.newWeakref(.object(target.handle), callback: .none, proxy: false)
        guard case .object(let rh) = ref, let w = rt.object(rh) as? PyWeakref else {
            Issue.record("not a weakref")
            return
        }
        #expect(w.referent == target.handle)
        #expect(target.weakrefs == [rh])
        rt.decref(.object(target.handle))
        #expect(w.referent == nil)
        rt.decref(ref)
    }

    @Test func refusedWeakReferencesNameTheType() {
        let rt = Runtime(limits: Limits())
        #expect(throws: Unwind.self) { try rt.newWeakref(.int(5), callback: .none, proxy: false) }
        #expect(!rt.acceptsWeakReferences(rt.newList([])))
    }

    @Test func aTupleIsReleasedWithItsItems() {
        let rt = Runtime(limits: Limits())
        let live = rt.liveObjects
        let inner = rt.newList([])
        let t = rt.newTuple([inner, rt.newString("x")])
        rt.decref(.object(t.handle))
        #expect(rt.liveObjects == live)
    }
}
