import CourseModel
import Testing
@testable import CourseContent

@Suite struct RendererTests {
    func shippedLesson() throws -> Lesson {
        let course = try ContentLoader(source: DirectoryContentSource(root: shippedContentRoot)).loadCourse(id: "python-weakref")
        return try #require(course.lesson(id: "weakref"))
    }

    @Test func listsSectionsInOrder() throws {
        let lesson = try shippedLesson()
        let titles = LessonRenderer().sectionTitles(of: lesson)
        #expect(titles.first == "1. Why weak references")
        #expect(titles.last == "\(lesson.sections.count). Summary")
    }

    @Test func plainTextWrapsProseAndKeepsCodeIntact() throws {
        let lesson = try shippedLesson()
        let renderer = LessonRenderer(width: 60, style: .plain)
        let text = renderer.render(lesson)
        #expect(!text.contains("\u{1B}["))
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !line.hasPrefix("    ") {
            // Prose lines fit; only a single over-long word may exceed the width.
            #expect(line.count <= 60 || !line.contains(" "), "too wide: \(line)")
        }
        #expect(text.contains("    r1 = weakref.ref(s, on_death)"))
        #expect(text.contains("  Output:\n    deleting\n    __del__ for lee\n"))
    }

    @Test func sectionRenderingShowsHeadingListsAndOutput() throws {
        let section = LessonSection(title: "Demo", blocks: [
            .paragraph("Use `weakref.ref(obj)` and **always** check for None before using the result."),
            .list(items: ["first item", "second item"], numbered: false),
            .example(LessonExample(number: 1, source: "print(1)\n", expectedOutput: "1\n", line: 1, outputLine: 5)),
        ], line: 1)
        let plain = LessonRenderer(width: 40, style: .plain).render(section, number: 2)
        #expect(plain == """
            2. Demo
            -------

            Use `weakref.ref(obj)` and always check
            for None before using the result.

              - first item
              - second item

                print(1)

              Output:
                1

            """)
        let ansi = LessonRenderer(width: 40, style: .ansi).render(section, number: 2)
        #expect(ansi.contains("\u{1B}[36mweakref.ref(obj)\u{1B}[0m"))
        #expect(ansi.contains("\u{1B}[1malways\u{1B}[0m"))
        #expect(ansi.contains("\u{1B}[1;4m2. Demo\u{1B}[0m"))
    }

    @Test func missingSectionNumberGivesNil() throws {
        let lesson = try shippedLesson()
        #expect(LessonRenderer().render(lesson, section: 0) == nil)
        #expect(LessonRenderer().render(lesson, section: lesson.sections.count + 1) == nil)
        #expect(LessonRenderer().render(lesson, section: 1) != nil)
    }

    @Test func rendersExerciseInstructionsAsProse() {
        let text = LessonRenderer(width: 30).renderMarkdown("""
            Do this first, then that, and finally check the output.

            1. create the cache;
            2. print its keys.
            """)
        #expect(text == """
            Do this first, then that, and
            finally check the output.

            1. create the cache;
            2. print its keys.

            """)
    }
}
