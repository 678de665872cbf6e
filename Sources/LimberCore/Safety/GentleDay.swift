/// Pain guides the dose (DESIGN §6; clinical.md §1, the traffic-light scale [P 5]): after too
/// much pain, or a flare-up, the next sessions are gentle.
public enum PainZone: Sendable, Equatable {
    /// 0 to 3: fine.
    case fine
    /// 4 or 5: acceptable, if it has settled by the next morning.
    case acceptable
    /// 6 or more: too much.
    case tooMuch

    public init(_ pain: Int) {
        self = pain >= 6 ? .tooMuch : pain >= 4 ? .acceptable : .fine
    }
}

/// Whether `day`'s session should be gentle, and why.
public enum GentleDay {
    /// A flare-up keeps sessions gentle on the day it is logged and the days after, this many in all.
    public static let flareDays = 3

    /// What the patient is told when they log a flare-up on `day`.
    public static func flareAdvice(loggedOn day: LocalDay) -> String {
        "Sessions are gentle until \(day.adding(days: flareDays - 1)) (mobility and breathing, the easiest of each). "
            + "Keep moving gently; stop anything that makes the pain sharper or sends it down a leg."
    }

    /// Why the session on `day` should be gentle, or nil: a flare-up logged in the last
    /// `flareDays` days; the last session before `day` rated too painful (6 or more, before or
    /// after); or rated 4 or 5 after, and the pain not settled by the next morning (a pain
    /// rating on the next day at least as high).
    public static func reason(on day: LocalDay, sessions: [SessionRecord], reports: [SelfReport]) -> String? {
        if let flare = reports.filter({ $0.kind == .flare && $0.day <= day && day <= $0.day.adding(days: flareDays - 1) })
            .map(\.day).max() {
            return "you logged a flare-up on \(flare)"
        }
        guard let last = sessions.filter({ $0.day < day }).max(by: { $0.startedAt < $1.startedAt }) else { return nil }
        let worst = max(last.painBefore ?? 0, last.painAfter ?? 0)
        if PainZone(worst) == .tooMuch {
            return "your pain reached \(worst)/10 around your last session"
        }
        guard let after = last.painAfter, PainZone(after) == .acceptable else { return nil }
        let nextMorning = reports.filter { $0.kind == .pain && $0.day == last.day.adding(days: 1) }
            .min { $0.recordedAt < $1.recordedAt }?.pain
        guard let nextMorning, nextMorning >= after else { return nil }
        return "your pain was \(after)/10 after your last session and had not settled by the next morning"
    }
}
