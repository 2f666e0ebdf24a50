import Foundation
import Synchronization
import Testing
import WeakrefCore

/// The core counts Swift references without atomic instructions (Package.swift): a run
/// must share no Swift object with another thread. Many runs at once, all handed the same
/// heap-allocated source, arguments and file name, must each give what one run alone gives.
@Suite struct ConcurrentRunsTests {
    @Test func simultaneousRunsOfTheSameProgramAgree() {
        // Built at run time (not a literal), so the strings live in shared heap storage.
        let padding = String(repeating: "# a comment long enough to live on the heap\n", count: 3)
        let source = padding + """
        import sys, weakref, gc
        class Node:
            def __init__(self, n):
                self.n = n
                self.peer = None
        nodes = [Node(i) for i in range(400)]
        for a, b in zip(nodes, nodes[1:]):
            a.peer = b
            b.peer = a
        refs = [weakref.ref(n) for n in nodes]
        texts = {str(i): "v" * (i % 50) for i in range(300)}
        cache = weakref.WeakValueDictionary((i, n) for i, n in enumerate(nodes[:50]))
        del nodes
        print(gc.collect(), sum(r() is None for r in refs), len(texts), len(cache), sys.argv[1:])
        """
        let arguments = (1...3).map { "argument-number-\($0)-" + String(repeating: "x", count: 30) }
        let filename = "/tmp/" + String(repeating: "shared-name-", count: 4) + ".py"
        let interpreter = Interpreter()
        let alone = interpreter.run(source: source, filename: filename, arguments: arguments)
        #expect(alone.status == 0, "\(alone.stderr)")
        #expect(alone.stdout.hasPrefix("0 398 300 0 ["))

        let differing = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 48) { index in
            let r = interpreter.run(source: source, filename: filename, arguments: arguments)
            if r != alone { differing.withLock { $0.append("run \(index): \(r.stdout) \(r.stderr)") } }
        }
        #expect(differing.withLock { $0 }.isEmpty)
    }
}
