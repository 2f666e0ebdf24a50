import Testing
@testable import CourseContent

@Test func CourseContentCompiles() { #expect(Bool(true)) }
