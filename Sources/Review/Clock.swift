import Foundation

/// Where "now" comes from, so that scheduling can be tested and scripted.
public protocol Clock: Sendable {
    var now: Date { get }
}

/// The machine's clock.
public struct SystemClock: Clock {
    public init() {}
    public var now: Date { Date() }
}

/// A clock that always says the same time (`COURSE_NOW`, tests).
public struct FixedClock: Clock {
    public var now: Date
    public init(_ now: Date) { self.now = now }
}
