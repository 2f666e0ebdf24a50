import Testing
import WeakrefCore

/// Every sandbox limit ends the program with a clear error and status 1, and returns.
@Suite("Sandbox limits")
struct SandboxTests {
    private func run(_ source: String, _ limits: Limits = Limits()) -> RunResult {
        Interpreter(limits: limits).run(source: source, filename: "prog.py")
    }

    private func lastLine(_ s: String) -> String {
        s.split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test func anInfiniteLoopStopsAtTheStepBudget() {
        let r = run("while True:\n    pass\n", Limits(steps: 200_000))
        #expect(r.status == 1)
        #expect(lastLine(r.stderr) == "course: stopped after 200,000 steps")
    }

    /// Cyclic garbage alone does not stop a program: before stopping for too many live
    /// objects the core collects cycles, as CPython's automatic collection would have.
    @Test func cyclicGarbageIsCollectedBeforeTheLiveObjectLimitStops() {
        let program = """
            class Node:
                pass
            for i in range(50000):
                a = Node()
                b = Node()
                a.other = b
                b.other = a
            print("done")
            """
        let collected = run(program, Limits(liveObjects: 20_000))
        #expect(collected.status == 0)
        #expect(collected.stdout == "done\n")

        let disabled = run("import gc\ngc.disable()\n" + program, Limits(liveObjects: 20_000))
        #expect(disabled.status == 1)
        #expect(lastLine(disabled.stderr) == "course: stopped: more than 20,000 live objects")

        let reachable = run("keep = []\nfor i in range(50000):\n    keep.append([i])\n", Limits(liveObjects: 20_000))
        #expect(reachable.status == 1)
        #expect(lastLine(reachable.stderr) == "course: stopped: more than 20,000 live objects")
    }

    @Test func aLoopInsideABuiltinStopsAtTheStepBudget() {
        let r = run("print(sum(range(10**18)))\n", Limits(steps: 100_000))
        #expect(r.status == 1)
        #expect(lastLine(r.stderr) == "course: stopped after 100,000 steps")
    }

    @Test func aHugePowerIsRefusedBeforeComputing() {
        let r = run("x = 10 ** 10 ** 10\n")
        #expect(r.status == 1)
        #expect(lastLine(r.stderr).hasPrefix("course: stopped: the program needs more than"))
    }

    @Test func unboundedRecursionIsARecursionError() {
        let r = run("def f(n):\n    return f(n + 1)\nf(0)\n")
        #expect(r.status == 1)
        #expect(lastLine(r.stderr) == "RecursionError: maximum recursion depth exceeded")
        #expect(r.stderr.contains("[Previous line repeated"))
    }

    @Test func recursionFailsAtCPythonsDepth() {
        let r = run("""
        d = 0
        def f(n):
            global d
            d = n
            return f(n + 1)
        try:
            f(0)
        except RecursionError:
            print(d)
        """)
        #expect(r.stdout == "998\n")
    }

    @Test func aMemoryBombIsRefusedBeforeAllocating() {
        let r = run("x = [0] * 10**9\n")
        #expect(r.status == 1)
        #expect(lastLine(r.stderr).hasPrefix("course: stopped: the program needs more than"))
    }

    @Test func doublingAListHitsTheMemoryLimit() {
        let r = run("x = [0]\nwhile True:\n    x = x + x\n")
        #expect(r.status == 1)
        #expect(lastLine(r.stderr).hasPrefix("course: stopped: the program needs more than"))
    }

    /// Memory is charged while objects live and given back when they die, so a program
    /// that keeps making and dropping containers runs on under a small memory limit.
    @Test func memoryOfDeadContainersIsGivenBack() {
        let source = """
        class Box:
            def __init__(self, i):
                self.items = [i] * 100
                self.index = {k: k for k in range(20)}

        for i in range(20000):
            b = Box(i)
            b.extra = i
        print("done", b.items[0])
        """
        let r = run(source, Limits(memoryBytes: 4_000_000))
        #expect(r.stderr == "")
        #expect(r.stdout == "done 19999\n")
    }

    @Test func doublingAStringHitsTheMemoryLimit() {
        let r = run("x = 'ab'\nwhile True:\n    x = x * 2\n")
        #expect(r.status == 1)
        #expect(lastLine(r.stderr).hasPrefix("course: stopped"))
    }

    @Test func anOutputFloodStopsAtTheOutputLimit() {
        let r = run("while True:\n    print('flood' * 50)\n", Limits(outputBytes: 10_000))
        #expect(r.status == 1)
        #expect(lastLine(r.stderr) == "course: stopped: output exceeded 10,000 bytes")
        #expect(r.stdout.utf8.count <= 10_000)
    }

    @Test func tooManyLiveObjectsStopTheRun() {
        let r = run("class A:\n    pass\nxs = []\nwhile True:\n    xs.append(A())\n", Limits(liveObjects: 50_000))
        #expect(r.status == 1)
        #expect(lastLine(r.stderr) == "course: stopped: more than 50,000 live objects")
    }

    @Test func unsupportedConstructsNameTheConstructAndLine() {
        let r = run("x = 1\n\ndef g():\n    yield 1\n")
        #expect(r.status == 1)
        #expect(lastLine(r.stderr) == "NotImplementedError: 'yield' is not supported by course (line 4)")
    }

    @Test func theHostSurvivesALimitAndRunsAgain() {
        _ = run("while True:\n    pass\n", Limits(steps: 1000))
        let r = run("print(1 + 1)\n")
        #expect(r.stdout == "2\n")
        #expect(r.status == 0)
    }
}
