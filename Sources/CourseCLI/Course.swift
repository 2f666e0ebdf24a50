import ArgumentParser

@main
struct Course: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "course",
        abstract: "A course engine whose first course teaches Python weak references."
    )
}
