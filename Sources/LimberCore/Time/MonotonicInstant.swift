/// A point on a monotonic clock, in nanoseconds from an arbitrary origin. Every event carries
/// one, so the session is a pure function of its inputs and tests make instants by hand.
public struct MonotonicInstant: Sendable, Comparable, Hashable {
    public var nanoseconds: Int64

    public init(nanoseconds: Int64) {
        self.nanoseconds = nanoseconds
    }

    public static func seconds(_ seconds: Double) -> MonotonicInstant {
        MonotonicInstant(nanoseconds: Int64(seconds * 1e9))
    }

    public static func < (lhs: MonotonicInstant, rhs: MonotonicInstant) -> Bool {
        lhs.nanoseconds < rhs.nanoseconds
    }

    public static func + (lhs: MonotonicInstant, seconds: Int) -> MonotonicInstant {
        MonotonicInstant(nanoseconds: lhs.nanoseconds + Int64(seconds) * 1_000_000_000)
    }

    /// Nanoseconds from `other` to this instant.
    public func nanoseconds(since other: MonotonicInstant) -> Int64 {
        nanoseconds - other.nanoseconds
    }
}
