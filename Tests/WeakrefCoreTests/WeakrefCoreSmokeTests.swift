import Testing
@testable import WeakrefCore

@Test func WeakrefCoreCompiles() { #expect(Bool(true)) }
