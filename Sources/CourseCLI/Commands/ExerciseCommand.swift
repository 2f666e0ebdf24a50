import ArgumentParser

extension Course {
    struct ExerciseCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "exercise",
            abstract: "List, read and start exercises; get hints; see the reference solution after a pass.",
            discussion: """
                A typical round:
                  course exercise list
                  course exercise show weak-cache
                  course exercise start weak-cache      (writes weak-cache.py here)
                  course check weak-cache weak-cache.py
                  course exercise hint weak-cache       (the next hint each time; recorded)
                  course exercise solution weak-cache   (after a pass)
                """,
            subcommands: [ExerciseList.self, ExerciseShow.self, ExerciseStart.self, ExerciseHint.self, ExerciseSolution.self]
        )
    }
}
