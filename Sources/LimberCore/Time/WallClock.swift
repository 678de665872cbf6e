import Foundation

/// Where "now" comes from: every command reads its instant here, never from `Date()`, so a
/// test or a demonstration can pin it (`LIMBER_NOW`).
///
/// The clock starts at the instant the command began (the system's, or the pinned one) and
/// then moves on with the monotonic clock, so the wall clock being changed during a session
/// cannot make a step end before it started.
public struct WallClock: Sendable {
    private let start: Date
    private let startedAt: MonotonicInstant
    private let monotonic: any MonotonicClock
    /// The patient's time zone, in which their days begin and end.
    public let timeZone: TimeZone

    public init(startingAt start: Date, timeZone: TimeZone = .current,
                monotonic: any MonotonicClock = SystemMonotonicClock()) {
        self.start = start
        self.timeZone = timeZone
        self.monotonic = monotonic
        startedAt = monotonic.now()
    }

    /// The system's clock, or the instant `pinned` names (the text of `LIMBER_NOW`), in `timeZone`.
    public static func starting(pinned: String?, timeZone: TimeZone = .current) throws(PinnedTimeError) -> WallClock {
        guard let pinned else { return WallClock(startingAt: Date(), timeZone: timeZone) }
        guard let instant = parse(pinned) else { throw PinnedTimeError(text: pinned) }
        return WallClock(startingAt: instant, timeZone: timeZone)
    }

    public func now() -> Date {
        start.addingTimeInterval(Double(monotonic.now().nanoseconds(since: startedAt)) / 1e9)
    }

    /// The patient's calendar day now.
    public func today() -> LocalDay {
        LocalDay(containing: now(), in: timeZone)
    }

    /// An ISO 8601 instant with its offset: "2026-03-01T08:00:00Z", "2026-03-01T08:00:00.250+08:00".
    public static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions.insert(.withFractionalSeconds)
        return formatter.date(from: text)
    }
}

/// `LIMBER_NOW` that is not an instant.
public struct PinnedTimeError: Error, Equatable, CustomStringConvertible {
    public let text: String

    public init(text: String) {
        self.text = text
    }

    public var description: String {
        "LIMBER_NOW '\(text)' is not an ISO 8601 instant such as 2026-03-01T08:00:00Z or 2026-03-01T08:00:00+08:00."
    }
}
