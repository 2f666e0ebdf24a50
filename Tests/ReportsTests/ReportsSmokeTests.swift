import Testing
@testable import Reports

@Test func ReportsCompiles() { #expect(Bool(true)) }
