import ArgumentParser
import CourseContent
import Foundation
import Grading
import WeakrefCore

extension Course {
    struct ContentLint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Validate content, then run every example and reference solution in the core.",
            discussion: """
                First every file is checked (YAML, required fields, ids, answers among the choices, \
                blanks matching the starter, ...); each problem is printed as file:line:column: message. \
                Then every ```python run example runs in the weakref core and must print exactly its \
                ```output block, and every exercise's reference solution must print its expected \
                output. Exit status 0 when all is well, 65 when anything is wrong. Nothing is \
                written to the database.

                Examples:
                  course content lint
                  course content lint ./Content
                """
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The content folder (default: --content, COURSE_CONTENT, or the built-in course).")
        var directory: String?

        func run() throws {
            let catalog = try CourseCatalog.load(contentOption: directory ?? global.content)
            let interpreter = Interpreter()
            let linter = ContentLinter { source, filename in
                let result = interpreter.run(source: source, filename: filename)
                return (result.stdout, result.stderr, result.status)
            }
            var problems: [LintProblem] = []
            var examples = 0
            var exercises = 0
            for course in catalog.courses {
                problems += linter.lint(course)
                problems += ReferenceSolutionLint.problems(in: course)
                examples += course.lessons.reduce(0) { $0 + $1.examples.count }
                exercises += course.lessons.reduce(0) { $0 + $1.exercises.count }
            }
            for problem in problems { print(problem) }
            let lessons = catalog.courses.reduce(0) { $0 + $1.lessons.count }
            let checked = "\(lessons) lessons, \(examples) examples, \(exercises) exercises"
            guard problems.isEmpty else {
                FileHandle.standardError.write(Data("course: \(problems.count) problems in \(checked)\n".utf8))
                throw ExitStatus.dataError.exitCode
            }
            print("ok: \(checked) checked")
        }
    }
}
