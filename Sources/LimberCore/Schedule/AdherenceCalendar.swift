/// The last twelve weeks, day by day, as the home screen draws them: what was done on each
/// day a session was due, Monday first.
public struct AdherenceCalendar: Sendable, Equatable {
    public enum Mark: Sendable, Equatable {
        /// A session was completed.
        case done
        /// Something was played, but the session was not completed.
        case partial
        /// A session was due (not a rest day, the patient had started) and nothing was played.
        case missed
        /// A rest day in the prescription of that day, with nothing played.
        case rest
        /// Today before a session, or a day still to come.
        case upcoming
        /// Before the patient's first prescription or session.
        case notStarted
    }

    public static let defaultWeeks = 12

    /// The Monday the calendar starts on.
    public let firstDay: LocalDay
    /// One row a week, oldest first, each Monday to Sunday.
    public let weeks: [[Mark]]

    /// The calendar of the `weekCount` weeks up to the one holding `today`. `sessions` may be
    /// in any order and reach outside the weeks; only those inside are looked at.
    public init(today: LocalDay, sessions: [LoggedSession], profiles: ProfileHistory, weekCount: Int = defaultWeeks) {
        let monday = today.adding(days: -Weekday.allCases.firstIndex(of: Weekday(of: today))!)
        let firstDay = monday.adding(days: -7 * (weekCount - 1))
        self.firstDay = firstDay
        let byDay = Dictionary(grouping: sessions, by: \.session.day)
        let started = ([profiles.changes.first?.day] + [sessions.map(\.session.day).min()]).compactMap { $0 }.min()
        weeks = (0..<weekCount).map { week in
            (0..<7).map { weekday in
                let day = firstDay.adding(days: week * 7 + weekday)
                return Self.mark(day, today: today, sessions: byDay[day] ?? [], started: started, profiles: profiles)
            }
        }
    }

    static func mark(_ day: LocalDay, today: LocalDay, sessions: [LoggedSession], started: LocalDay?, profiles: ProfileHistory) -> Mark {
        if sessions.contains(where: { $0.session.status == .completed }) { return .done }
        if sessions.contains(where: { !$0.playedRoutines.isEmpty }) { return .partial }
        if day >= today { return .upcoming }
        guard let started, day >= started else { return .notStarted }
        let restDays = (profiles.on(day) ?? profiles.changes.first)?.restDays ?? []
        return restDays.contains(Weekday(of: day)) ? .rest : .missed
    }

    /// Days with a session due, up to today, and of those the days completed.
    public var dueDays: Int { weeks.joined().filter { [.done, .partial, .missed].contains($0) }.count }
    public var doneDays: Int { weeks.joined().filter { $0 == .done }.count }
}
