import Testing
@testable import Review

@Test func ReviewCompiles() { #expect(Bool(true)) }
