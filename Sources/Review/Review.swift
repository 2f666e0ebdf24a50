import CourseModel
/// FSRS-6 spaced repetition.
public enum Review {}
