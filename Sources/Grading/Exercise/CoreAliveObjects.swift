import WeakrefCore

extension AliveObject {
    /// The objects of a traced run that a final `gc.collect()` would leave alive (those
    /// reached from a root, not those only an uncollected cycle holds), with the core's
    /// shortest chains; `nil` when the main code did not run to its end.
    static func survivors(of result: RunResult) -> [AliveObject]? {
        guard let trace = result.lifetime, trace.mainCodeCompleted else { return nil }
        return trace.alive.compactMap { explanation in
            guard case .chain = explanation.reason else { return nil }
            return AliveObject(className: explanation.className, label: explanation.readableLabel,
                               chain: ReferenceChain(links: explanation.readableChain))
        }
    }
}
