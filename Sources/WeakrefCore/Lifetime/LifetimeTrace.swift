/// Why an object died: where its last reference was released, derived from the statement
/// being executed and the kind of holder being released.
public enum DeathCause: Sendable, Equatable {
    /// `del name` deleted the last reference.
    case deleted(String)
    /// `name = ...` rebound the name that held the last reference.
    case rebound(String)
    /// A container was cleared (`items.clear()`).
    case containerCleared
    /// An item was removed from a container (`del d[k]`, `pop`, `remove`, `discard`).
    case itemRemoved
    /// The frame of this function was released when it returned or raised.
    case functionEnded(String)
    /// `gc.collect()` (or an automatic collection) freed it as part of unreachable cycle.
    case collected
    /// Interpreter exit released it.
    case shutdown
    /// The traceback of the uncaught exception was released.
    case tracebackReleased
    /// Any other statement; the statement's text.
    case released(String)

    public var description: String {
        switch self {
        case .deleted(let n): return "del \(n)"
        case .rebound(let n): return "rebinding \(n) = ..."
        case .containerCleared: return "container cleared"
        case .itemRemoved: return "item removed from its container"
        case .functionEnded(let f): return "end of function \(f)() (frame released)"
        case .collected: return "gc.collect() of a cycle"
        case .shutdown: return "interpreter exit"
        case .tracebackReleased: return "the exception's traceback released"
        case .released(let s): return "released by `\(s)`"
        }
    }
}

/// One moment in a user object's life.
public struct LifetimeEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case created
        case weakReferenceAttached
        case finalizerAttached
        case delRan
        case died(DeathCause)
        case callbackRan
        case finalizerRan
    }
    public var kind: Kind
    /// The line of the program being executed; `nil` during interpreter exit.
    public var line: Int?
}

/// The life of one object of a class the program defined.
public struct TracedObject: Sendable, Equatable {
    /// `Node#1`: the class name and the instance's number within its class.
    public var label: String
    public var className: String
    public var events: [LifetimeEvent]

    public var death: (cause: DeathCause, line: Int?)? {
        for e in events { if case .died(let c) = e.kind { return (c, e.line) } }
        return nil
    }
}

/// Why an object was still alive when the program's main code ended.
public struct AliveExplanation: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// The shortest chain of strong references from a root, rendered step by step:
        /// `["global 'cache'", "dict['img2']", "Image#2"]`.
        case chain([String])
        /// Only an unreachable cycle holds it: labels around the cycle, first repeated last.
        case uncollectedCycle([String])
    }
    public var label: String
    public var reason: Reason
    /// The class name: `Image`.
    public var className: String
    /// How a learner recognises the object: `Image(name='banner')` when it has a `str`
    /// attribute `name`, else the class name.
    public var readableLabel: String
    /// The chain of `.chain` with every object named by its readable label, as the
    /// grader shows it: `global 'readme' -> Node(name='readme')._parent -> Node(name='docs')`.
    public var readableChain: [String]

    public var rendered: String {
        switch reason {
        case .chain(let steps): return "\(label): " + steps.joined(separator: " -> ")
        case .uncollectedCycle(let steps): return "\(label): in an uncollected cycle: " + steps.joined(separator: " -> ")
        }
    }
}

/// The whole lifetime trace of a run.
public struct LifetimeTrace: Sendable, Equatable {
    public var objects: [TracedObject]
    /// Taken when the main code ended, before interpreter exit: objects reached from a root
    /// first, shortest chain first (breadth-first order), then those only garbage holds.
    public var alive: [AliveExplanation]
    /// The main code ran to its end (no uncaught exception, no `sys.exit()`); otherwise
    /// `alive` was taken when the exception left it.
    public var mainCodeCompleted = false

    public func object(_ label: String) -> TracedObject? { objects.first { $0.label == label } }

    /// The `--trace` text: one block per object, events in the order they happened.
    public func renderedTrace() -> String {
        var out = ""
        for o in objects {
            out += "\(o.label) (\(o.className))\n"
            for e in o.events {
                let at = e.line.map { "line \($0)" } ?? "at exit"
                let what: String
                switch e.kind {
                case .created: what = "created"
                case .weakReferenceAttached: what = "weak reference attached"
                case .finalizerAttached: what = "finalizer attached"
                case .delRan: what = "__del__ ran"
                case .died(let c): what = "died: \(c.description)"
                case .callbackRan: what = "weakref callback ran"
                case .finalizerRan: what = "finalizer ran"
                }
                out += "  \(at): \(what)\n"
            }
        }
        return out
    }

    /// The `--why-alive` text: one line per object alive when the main code ended.
    public func renderedWhyAlive() -> String {
        if alive.isEmpty { return "no object of the program's classes was alive when its main code ended\n" }
        return alive.map { $0.rendered + "\n" }.joined()
    }
}
