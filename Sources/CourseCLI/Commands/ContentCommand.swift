import ArgumentParser

extension Course {
    struct Content: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "content",
            abstract: "Check course content.",
            subcommands: [ContentLint.self]
        )
    }
}
