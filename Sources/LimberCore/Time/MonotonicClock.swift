import Foundation

/// Where instants come from. The player reads the real monotonic clock; tests pass their own.
public protocol MonotonicClock: Sendable {
    func now() -> MonotonicInstant
}

/// CLOCK_MONOTONIC: never jumps when the wall clock is changed.
public struct SystemMonotonicClock: MonotonicClock {
    public init() {}

    public func now() -> MonotonicInstant {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return MonotonicInstant(nanoseconds: Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec))
    }
}
