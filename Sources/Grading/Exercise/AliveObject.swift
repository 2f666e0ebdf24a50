/// An object of a class the program defined, alive when the program ended, with the
/// shortest chain of strong references from a global name to it.
public struct AliveObject: Sendable, Hashable {
    /// The class name: `Image`.
    public var className: String
    /// How the learner recognises it: `Image(name='banner')` when it has a string `name`, else `Image`.
    public var label: String
    public var chain: ReferenceChain

    public init(className: String, label: String, chain: ReferenceChain) {
        self.className = className
        self.label = label
        self.chain = chain
    }
}
