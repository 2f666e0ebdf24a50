import Foundation
import Testing
@testable import WeakrefCore

/// The lifetime trace (`--trace`) and the why-alive chains (`--why-alive`) on programs whose
/// answers follow from the language: what deletes, rebinds, clears or returns is certain.
@Suite("Lifetime trace")
struct LifetimeTraceTests {
    static let deaths = """
    import gc
    import weakref

    class Node:
        def __init__(self, name):
            self.name = name
            self.other = None

    def report(r):
        print("callback")

    a = Node("a")
    r = weakref.ref(a, report)
    del a
    b = Node("b")
    b = Node("c")
    items = [Node("d"), Node("e")]
    items.clear()
    def work():
        local = Node("f")
        return 1
    work()
    x = Node("x")
    y = Node("y")
    x.other = y
    y.other = x
    del x, y
    gc.collect()
    keep = Node("keep")
    weakref.finalize(keep, print, "finalized")
    print("end")
    """

    static let chains = """
    import weakref

    class Image:
        def __init__(self, name):
            self.name = name
        def show(self):
            return self.name

    class Node:
        def __init__(self):
            self.parent = None

    cache = {}
    cache["img2"] = Image("img2")
    layers = [Image("a")]
    def make():
        captured = Image("cell")
        def inner():
            return captured
        return inner
    getter = make()
    root = Node()
    root.parent = Node()
    shown = Image("bound").show
    weakref.finalize(root, print, Image("arg"))
    a = Node()
    b = Node()
    a.parent = b
    b.parent = a
    del a, b
    print("end")
    """

    func traced(_ source: String) throws -> LifetimeTrace {
        try #require(Interpreter().run(source: source, trace: true).lifetime)
    }

    func death(_ trace: LifetimeTrace, _ label: String) -> DeathCause? { trace.object(label)?.death?.cause }

    @Test func deathCausesComeFromTheReleasingStatement() throws {
        let trace = try traced(Self.deaths)
        #expect(death(trace, "Node#1") == .deleted("a"))
        #expect(trace.object("Node#1")?.death?.line == 14)
        #expect(death(trace, "Node#2") == .rebound("b"))
        #expect(death(trace, "Node#4") == .containerCleared)
        #expect(death(trace, "Node#5") == .containerCleared)
        #expect(death(trace, "Node#6") == .functionEnded("work"))
        #expect(death(trace, "Node#7") == .collected)
        #expect(death(trace, "Node#8") == .collected)
        #expect(trace.object("Node#8")?.death?.line == 28)
        #expect(death(trace, "Node#3") == .shutdown)
        #expect(death(trace, "Node#9") == .shutdown)
    }

    @Test func weakReferencesFinalizersAndCallbacksAreRecorded() throws {
        let trace = try traced(Self.deaths)
        let first = try #require(trace.object("Node#1")).events.map(\.kind)
        #expect(first == [.created, .weakReferenceAttached, .died(.deleted("a")), .callbackRan])
        let kept = try #require(trace.object("Node#9")).events
        #expect(kept.contains(LifetimeEvent(kind: .finalizerAttached, line: 30)))
        #expect(kept.contains { $0.kind == .finalizerRan })
    }

    @Test func anUncaughtExceptionsTracebackReleasesLocals() throws {
        let trace = try traced("""
        class Box:
            pass
        def fail():
            box = Box()
            raise ValueError("no")
        fail()
        """)
        #expect(death(trace, "Box#1") == .tracebackReleased)
    }

    @Test func whyAliveGivesTheShortestChainFromARoot() throws {
        let alive = try traced(Self.chains).alive.map(\.rendered)
        // Shortest chain first; objects only a cycle holds come last.
        #expect(alive == [
            "Node#1: global 'root' -> Node#1",
            "Image#1: global 'cache' -> dict['img2'] -> Image#1",
            "Image#2: global 'layers' -> list[0] -> Image#2",
            "Image#3: global 'getter' -> make.<locals>.inner() cell 'captured' -> Image#3",
            "Node#2: global 'root' -> Node#1.parent -> Node#2",
            "Image#4: global 'shown' -> bound method Image.show.__self__ -> Image#4",
            "Image#5: weakref module 'finalize' -> finalize._registry -> dict[finalize] -> _FinalizerInfo.args -> tuple[0] -> Image#5",
            "Node#3: in an uncollected cycle: Node#3.parent -> Node#4.parent -> Node#3",
            "Node#4: in an uncollected cycle: Node#4.parent -> Node#3.parent -> Node#4",
        ])
    }

    @Test func readableChainsNameObjectsByTheirNameAttribute() throws {
        let alive = try traced(Self.chains).alive
        let image = try #require(alive.first { $0.label == "Image#1" })
        #expect(image.className == "Image")
        #expect(image.readableLabel == "Image(name='img2')")
        #expect(image.readableChain == ["global 'cache'", "dict['img2']", "Image(name='img2')"])
    }

    @Test("tracing leaves the program's output as python3's", arguments: ["deaths", "chains"])
    func outputUnchanged(_ name: String) async throws {
        let source = name == "deaths" ? Self.deaths : Self.chains
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("\(name).py")
        try source.write(to: url, atomically: true, encoding: .utf8)
        let expected = try await OracleRunner.run(url)
        let result = Interpreter().run(source: source, filename: "\(name).py", trace: true)
        // Addresses differ between runs; compare the lines that do not print one.
        let strip = { (s: String) in s.split(separator: "\n").filter { !$0.contains(" at 0x") } }
        #expect(strip(result.stdout) == strip(expected.stdout))
        #expect(result.status == expected.status)
    }

    @Test func anUntracedRunCarriesNoTrace() {
        #expect(Interpreter().run(source: "print(1)").lifetime == nil)
    }
}

/// Every run frees its whole runtime: a host that grades thousands of programs must not leak.
@Suite("Runtime teardown")
struct RuntimeTeardownTests {
    /// Weak Swift references to each run's runtime and to every object of its heap.
    final class WeakReferences: @unchecked Sendable {
        var runtimes: [() -> Runtime?] = []
        var heapObjects: [() -> PyObject?] = []
    }

    @Test(arguments: [false, true])
    func everyRunFreesItsRuntime(traced: Bool) {
        let seen = WeakReferences()
        let source = LifetimeTraceTests.chains + """

        g = (Node() for _ in range(3))
        next(g)
        class Tree(Node):
            pass
        t = Tree()
        t.parent = t
        """
        for _ in 0..<20 {
            let result = Interpreter().run(source: source, filename: "prog.py", arguments: [], trace: traced) { runtime in
                seen.runtimes.append { [weak runtime] in runtime }
                for object in runtime.objects { seen.heapObjects.append { [weak object] in object } }
            }
            #expect(result.status == 0)
        }
        #expect(seen.runtimes.count == 20)
        #expect(seen.runtimes.allSatisfy { $0() == nil })
        #expect(seen.heapObjects.count > 20 * 100)
        #expect(seen.heapObjects.filter { $0() != nil }.count == 0)
    }
}
