import LimberCore
import Synchronization

/// A monotonic clock that moves only when a test says so.
public final class ManualClock: MonotonicClock {
    private let nanoseconds = Atomic<Int64>(0)

    public init() {}

    public func now() -> MonotonicInstant {
        MonotonicInstant(nanoseconds: nanoseconds.load(ordering: .relaxed))
    }

    public func advance(nanoseconds step: Int64) {
        nanoseconds.add(step, ordering: .relaxed)
    }

    public func advance(seconds: Double) {
        advance(nanoseconds: Int64(seconds * 1e9))
    }
}
