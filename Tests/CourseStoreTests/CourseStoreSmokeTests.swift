import Testing
@testable import CourseStore

@Test func CourseStoreCompiles() { #expect(Bool(true)) }
