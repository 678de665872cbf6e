/// What the patient is told after a session: the sets done, cut short and never reached, the
/// time spent, pain before and after, and the streak of days with a session.
public struct SessionSummary: Sendable, Equatable {
    public var done: Int
    public var cutShort: Int
    public var notReached: Int
    public var seconds: Int
    public var painBefore: Int?
    public var painAfter: Int?
    /// Days in a row, ending on the session's day, with a session in which something was played.
    public var streak: Int

    /// `session` as logged; `earlier`, the sessions of the days before it, in any order.
    public init(_ session: LoggedSession, earlier: [LoggedSession]) {
        let played = session.steps.filter { $0.status != .skipped }
        done = played.filter { $0.status == .done }.count
        cutShort = played.count - done
        // A set played twice (back, then again) counts once; sets planned and never begun remain.
        let reached = Set(session.steps.map { "\($0.routineID)|\($0.stepIndex)|\($0.side?.rawValue ?? "")|\($0.setNumber)" })
        notReached = session.plannedSets.filter {
            !reached.contains("\($0.routineID)|\($0.stepIndex)|\($0.side?.rawValue ?? "")|\($0.setNumber)")
        }.count + session.steps.filter { $0.status == .skipped }.count
        seconds = played.reduce(0) { $0 + $1.doneSeconds }
        painBefore = session.session.painBefore
        painAfter = session.session.painAfter
        let earlierDays = Set(earlier.filter { !$0.playedRoutines.isEmpty }.map(\.session.day.dayNumber))
        let day = session.session.day.dayNumber
        streak = session.playedRoutines.isEmpty ? 0 : Streak.length(endingOn: day, activeDays: earlierDays.union([day]))
    }

    public var lines: [String] {
        let pain = switch (painBefore, painAfter) {
        case (nil, nil): "not rated"
        case let (before?, after?): "\(before) before, \(after) after"
        case let (before?, nil): "\(before) before"
        case let (nil, after?): "\(after) after"
        }
        return [
            "Sets: \(done) done, \(cutShort) cut short, \(notReached) not done.",
            "Time: \(DurationText.spoken(seconds)).",
            "Pain: \(pain).",
            "Streak: \(streak) \(streak == 1 ? "day" : "days in a row").",
        ]
    }
}
