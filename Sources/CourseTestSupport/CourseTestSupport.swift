/// Test-only helpers.
public enum CourseTestSupport {}
