import CourseModel
/// Pure grading of quiz answers and exercises.
public enum Grading {}
