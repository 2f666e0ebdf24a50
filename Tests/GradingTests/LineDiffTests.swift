import Testing
@testable import Grading

@Suite("Unified diff of outputs")
struct LineDiffTests {
    static let cases: [([String], [String])] = [
        (["a", "b", "c"], ["a", "x", "c"]),
        (["['banner', 'icon', 'logo']", "['logo']", "still cached: logo"],
         ["['banner', 'icon', 'logo']", "['banner', 'icon', 'logo']", "still cached: logo"]),
        ((1...20).map(String.init), (1...20).map { $0 == 3 || $0 == 17 ? "changed \($0)" : String($0) }),
        (["alive: True", "sensor collected", "alive: False"], ["alive: True", "alive: True"]),
        ([], ["only", "new"]),
        (["only", "old"], []),
        (["a", "b", "c", "d", "e", "f", "g", "h"], ["b", "c", "x", "d", "e", "g", "h", "i"]),
    ]

    @Test("hunks agree with diff -u", arguments: 0..<cases.count)
    func agreesWithDiff(index: Int) throws {
        let (old, new) = Self.cases[index]
        let ours = try #require(LineDiff(old: old, new: new).unified())
        #expect(ours.hasPrefix("--- expected\n+++ your output\n"))
        let body = ours.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n")
        #expect(body == (try systemUnifiedDiff(old, new)))
    }

    @Test("equal outputs have no diff")
    func equal() {
        #expect(LineDiff(old: ["a", "b"], new: ["a", "b"]).unified() == nil)
    }

    @Test("addresses, CRLF and trailing white space are normalised")
    func normalisation() {
        let ours = OutputNormalizer.normalize("<__main__.Image object at 0x7f3a2c>  \r\nok\t\r\n\n\n")
        let theirs = OutputNormalizer.normalize("<__main__.Image object at 0x55d0e1>\nok")
        #expect(ours == theirs)
        #expect(OutputNormalizer.normalize("a  \nb") != OutputNormalizer.normalize("a\n b"))
        #expect(OutputNormalizer.normalize("box0x1") == "box0x1")
    }
}
