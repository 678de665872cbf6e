/// Days in a row with a session in which something was played: the figure the patient sees
/// after a session, on the home screen and in the status line.
public enum Streak {
    /// The days on which something was played, from sessions in any order.
    public static func activeDays(_ sessions: [LoggedSession]) -> Set<LocalDay> {
        Set(sessions.filter { !$0.playedRoutines.isEmpty }.map(\.session.day))
    }

    /// Days in a row ending on `day`; 0 when nothing was played that day. Walked as day
    /// numbers: a `LocalDay` a step costs a new text each (years of streak in `status` took ms).
    public static func days(endingOn day: LocalDay, active: Set<LocalDay>) -> Int {
        let numbers = Set(active.map(\.dayNumber))
        var streak = 0
        var number = day.dayNumber
        while numbers.contains(number) {
            streak += 1
            number -= 1
        }
        return streak
    }

    /// The streak as it stands on `today`: a streak that reached yesterday is still alive until
    /// today ends, so it is not shown as broken before the patient has had the day to exercise.
    public static func current(on today: LocalDay, active: Set<LocalDay>) -> Int {
        days(endingOn: active.contains(today) ? today : today.adding(days: -1), active: active)
    }

    /// `current(on:active:)` from the log, reading only the days played (`playedDays`) and only
    /// as far back as the streak reaches: a month, then as far again, and so on, while it runs
    /// to the start of what was read. For `status`, which runs every few seconds.
    public static func current(on today: LocalDay, in log: any DayLogReader) throws -> Int {
        var active = Set<LocalDay>()
        var (read, days) = (0, 32)
        while true {
            active.formUnion(try log.playedDays(from: today.adding(days: -days), through: today.adding(days: -read)))
            let streak = current(on: today, active: active)
            if streak < days || days >= LogLimits.historyDays { return streak }
            (read, days) = (days + 1, days * 2)
        }
    }
}
