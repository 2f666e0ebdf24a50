import CourseModel
import CourseStore
/// CSV writing and report shapes.
public enum Reports {}
