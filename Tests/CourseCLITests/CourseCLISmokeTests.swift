import Testing
@testable import CourseTestSupport

@Test func CourseCLICompiles() { #expect(Bool(true)) }
