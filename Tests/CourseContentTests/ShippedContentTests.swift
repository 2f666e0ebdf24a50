import CourseModel
import Foundation
import Testing
@testable import CourseContent

@Suite struct ShippedContentTests {
    func loadShipped() throws -> Course {
        try ContentLoader(source: DirectoryContentSource(root: shippedContentRoot)).loadCourse(id: "python-weakref")
    }

    @Test func shippedContentHasNoProblems() {
        let problems = ContentLoader(source: DirectoryContentSource(root: shippedContentRoot)).validate()
        #expect(problems.map(\.description) == [])
    }

    @Test func builtInCopyHasNoProblemsAndMatchesTheFolder() throws {
        let embedded = ContentLoader(source: EmbeddedContentSource())
        #expect(embedded.validate().map(\.description) == [])
        let fromDisk = try loadShipped()
        let builtIn = try embedded.loadCourse(id: "python-weakref")
        #expect(builtIn == fromDisk)
    }

    @Test func weakrefLessonMeetsTheIssue() throws {
        let course = try loadShipped()
        #expect(course.outline.lessonIDs == ["weakref"])
        let lesson = try #require(course.lesson(id: "weakref"))
        #expect(lesson.examples.count >= 12)
        for example in lesson.examples {
            #expect(example.expectedOutput != nil, "example \(example.number) has no output block")
            #expect(example.expectedOutput?.contains("0x") == false, "example \(example.number) prints an address")
        }
        let quiz = try #require(lesson.quiz)
        #expect(quiz.questions.count >= 15)
        #expect(Set(quiz.questions.map(\.kind)) == Set(QuestionKind.allCases))
        #expect(lesson.exercises.map(\.id) == ["fill-the-blanks", "weak-cache", "tree-parent"])
        for exercise in lesson.exercises {
            #expect(exercise.hints.count >= 2)
            #expect(!exercise.requiredConstructs.isEmpty)
        }
    }

    @Test func lessonCoversTheTopicsOfTheIssue() throws {
        let lesson = try #require(try loadShipped().lesson(id: "weakref"))
        let text = lesson.sections.map { section in
            section.title + "\n" + section.blocks.map { block -> String in
                switch block {
                case .paragraph(let text), .subheading(let text): return text
                case .list(let items, _): return items.joined(separator: "\n")
                case .code(_, let source): return source
                case .example(let example): return example.source
                }
            }.joined(separator: "\n")
        }.joined(separator: "\n")
        for topic in ["weakref.ref", "gc.collect", "weakref.proxy", "ReferenceError", "getweakrefcount",
                      "getweakrefs", "weakref.finalize", ".alive", "atexit", "detach", "WeakValueDictionary",
                      "WeakKeyDictionary", "WeakSet", "__slots__", "__weakref__", "Summary", "Common mistakes"] {
            #expect(text.contains(topic), "the lesson never mentions \(topic)")
        }
    }

    @Test func contentVersionIsStableAndFollowsEdits() throws {
        let lesson = try #require(try loadShipped().lesson(id: "weakref"))
        #expect(lesson.contentVersion.count == 16)
        #expect(lesson.contentVersion.allSatisfy { $0.isHexDigit })
        #expect(try #require(try loadShipped().lesson(id: "weakref")).contentVersion == lesson.contentVersion)

        // The same files elsewhere give the same version; one changed character gives another.
        var files: [String: String] = [:]
        let source = DirectoryContentSource(root: shippedContentRoot)
        for path in source.files(under: "") { files[path] = source.text(at: path) }
        let copy = try ContentLoader(source: InMemoryContentSource(files: files)).loadCourse(id: "python-weakref")
        #expect(copy.lessons.first?.contentVersion == lesson.contentVersion)
        let quizPath = "python-weakref/weakref/quiz.yaml"
        files[quizPath] = files[quizPath].map { $0.replacingOccurrences(of: "pass_mark: 70", with: "pass_mark: 71") }
        let edited = try ContentLoader(source: InMemoryContentSource(files: files)).loadCourse(id: "python-weakref")
        #expect(edited.lessons.first?.contentVersion != lesson.contentVersion)
    }

    @Test func fnvMatchesTheReferenceVectors() {
        // Published FNV-1a 64 test vectors.
        var empty = FNV1a64()
        empty.add("")
        #expect(empty.hex == "cbf29ce484222325")
        var a = FNV1a64()
        a.add("a")
        #expect(a.hex == "af63dc4c8601ec8c")
        var foobar = FNV1a64()
        foobar.add("foobar")
        #expect(foobar.hex == "85944171f73967e8")
    }

    @Test func sourceChoicePrefersOptionThenEnvironmentThenBuiltIn() {
        let fromOption = ContentSourceChoice.source(contentOption: "/tmp/a", environment: ["COURSE_CONTENT": "/tmp/b"])
        #expect(fromOption.name == "/tmp/a")
        let fromEnvironment = ContentSourceChoice.source(contentOption: nil, environment: ["COURSE_CONTENT": "/tmp/b"])
        #expect(fromEnvironment.name == "/tmp/b")
        let builtIn = ContentSourceChoice.source(contentOption: nil, environment: [:])
        #expect(builtIn.name == "built-in content")
    }
}
