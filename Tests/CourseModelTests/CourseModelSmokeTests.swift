import Testing
@testable import CourseModel

@Test func CourseModelCompiles() { #expect(Bool(true)) }
