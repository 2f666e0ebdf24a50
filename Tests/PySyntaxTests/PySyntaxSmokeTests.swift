import Testing
@testable import PySyntax

@Test func PySyntaxCompiles() { #expect(Bool(true)) }
