/// A day's session before any routine is picked: its kind, its minutes and the warning that
/// explains a stop, a gentler or a shorter one. Worked out from the profile and a few facts of
/// the log, never from the routines, so `status` knows today's minutes without the library.
public struct DayFrame: Sendable, Equatable {
    public var kind: DayPlan.Kind
    public var minutes: Int
    public var warnings: [PlanWarning]

    public var stop: Bool { kind == .stop }

    /// The frame of `day` for `profile`. `stop` is the red-flag stop on the day; `gentle`
    /// (GentleDay's reason) and `lastPlayed` (the last day before it with something played)
    /// count only on the first day planned, so give nil for the days after it.
    public init(_ day: LocalDay, profile: Profile, stop: SafetyStop?, gentle: String?, lastPlayed: LocalDay?) {
        warnings = []
        if let stop {
            let names = stop.flags.map(\.symptom.id).joined(separator: ", ")
            warnings.append(PlanWarning(
                kind: "red-flag",
                message: "A warning sign was reported (\(names)): no exercise until a professional has seen you and it is recorded with 'limber screen --cleared'."))
            (kind, minutes) = (.stop, 0)
        } else if profile.restDays.contains(Weekday(of: day)) {
            (kind, minutes) = (.rest, min(profile.minutes, Scheduler.restDayMinutes))
        } else if let gentle {
            // After a flare-up or too much pain: mobility and breathing only, and shorter.
            (kind, minutes) = (.gentle, Self.shortened(profile.minutes))
            warnings.append(PlanWarning(kind: "gentle", message: "A gentle session today: \(gentle)."))
        } else if let lastPlayed, case let missed = Self.missedDays(after: lastPlayed, before: day, restDays: profile.restDays),
            missed >= Scheduler.missedDaysForComeback {
            (kind, minutes) = (.comeback, Self.shortened(profile.minutes))
            warnings.append(PlanWarning(
                kind: "comeback",
                message: "Welcome back after \(missed) days without a session: today's is shorter (\(minutes) min)."))
        } else {
            (kind, minutes) = (.regular, profile.minutes)
        }
    }

    private static func shortened(_ minutes: Int) -> Int {
        max(Profile.minutesRange.lowerBound, Int((Double(minutes) * Scheduler.comebackShare).rounded()))
    }

    /// Days other than rest days after `last` and before `day`.
    private static func missedDays(after last: LocalDay, before day: LocalDay, restDays: [Weekday]) -> Int {
        var missed = 0
        var cursor = last.adding(days: 1)
        while cursor < day {
            if !restDays.contains(Weekday(of: cursor)) { missed += 1 }
            cursor = cursor.adding(days: 1)
        }
        return missed
    }
}
