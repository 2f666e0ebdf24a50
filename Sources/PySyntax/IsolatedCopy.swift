/// Copies of strings in storage of their own.
///
/// The weakref core is compiled to count Swift references without atomic instructions (a
/// run lives on one thread, and atomic counting was a fifth to a third of its time). It
/// must therefore never share a string's storage with another thread: its entry point
/// copies the strings it is handed with these functions, which live in this module,
/// compiled with ordinary atomic reference counting, so reading the caller's strings is
/// safe whatever other threads do with them.
public func isolatedCopy(of text: String) -> String {
    String(decoding: Array(text.utf8), as: UTF8.self)
}

/// `isolatedCopy(of:)` for each string, in a new array.
public func isolatedCopy(of texts: [String]) -> [String] {
    texts.map { isolatedCopy(of: $0) }
}

/// `isolatedCopy(of:)` of an optional string.
public func isolatedCopy(of text: String?) -> String? {
    text.map { isolatedCopy(of: $0) }
}
