import Foundation
import PackagePlugin

/// Embeds a top-level folder of the package into the target that applies the plugin,
/// as a generated Swift file. `CourseStore` carries `Migrations/`, `CourseContent`
/// carries `Content/`, so a `course` binary copied anywhere still has both.
@main
struct EmbedResources: BuildToolPlugin {
    /// Which package folder each target embeds, and the enum that holds it.
    static let folders: [String: (folder: String, enumName: String)] = [
        "CourseStore": ("Migrations", "EmbeddedMigrations"),
        "CourseContent": ("Content", "EmbeddedContent"),
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let spec = Self.folders[target.name] else { return [] }
        let root = context.package.directoryURL.appending(path: spec.folder)
        let output = context.pluginWorkDirectoryURL.appending(path: "\(spec.enumName).swift")
        let inputs = Self.files(under: root)
        return [
            .buildCommand(
                displayName: "Embedding \(spec.folder)/ into \(target.name)",
                executable: try context.tool(named: "EmbedTool").url,
                arguments: [root.path, output.path, spec.enumName],
                inputFiles: inputs + [root],
                outputFiles: [output]
            ),
        ]
    }

    /// Every regular file below `root`, so that editing any of them rebuilds.
    static func files(under root: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey]
        ) else { return [] }
        var found: [URL] = []
        for case let url as URL in walker {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                found.append(url)
            }
        }
        return found.sorted { $0.path < $1.path }
    }
}
