import CourseModel

/// An exercise with the lesson it belongs to (whose content version a submission records).
struct LocatedExercise {
    let courseID: String
    let lesson: Lesson
    let exercise: Exercise
}

extension CourseCatalog {
    /// Every exercise of a course, lesson by lesson in reading order.
    func exercises(of courseID: String) throws -> [LocatedExercise] {
        let course = try requireCourse(courseID)
        return course.lessons.flatMap { lesson in
            lesson.exercises.map { LocatedExercise(courseID: courseID, lesson: lesson, exercise: $0) }
        }
    }

    /// Throws `ExerciseCommandError.unknownExercise` unless the course has the exercise.
    func requireExercise(_ id: String, in courseID: String) throws -> LocatedExercise {
        let all = try exercises(of: courseID)
        guard let found = all.first(where: { $0.exercise.id == id }) else {
            throw ExerciseCommandError.unknownExercise(id, course: courseID, known: all.map(\.exercise.id))
        }
        return found
    }
}
