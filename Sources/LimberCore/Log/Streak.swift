/// Days in a row with a session in which something was played: the figure the patient sees
/// after a session, on the home screen and in the status line.
public enum Streak {
    /// The days on which something was played, from sessions in any order.
    public static func activeDays(_ sessions: [LoggedSession]) -> Set<LocalDay> {
        Set(sessions.filter { !$0.playedRoutines.isEmpty }.map(\.session.day))
    }

    /// Days in a row ending on `day`; 0 when nothing was played that day.
    public static func days(endingOn day: LocalDay, active: Set<LocalDay>) -> Int {
        days(endingOn: day.dayNumber, active: Set(active.map(\.dayNumber)))
    }

    /// The same by day numbers (`LocalDay.dayNumber`): a `LocalDay` a step costs a new text
    /// each, and years of streak in `status` took milliseconds.
    static func days(endingOn day: Int, active: Set<Int>) -> Int {
        var streak = 0
        while active.contains(day - streak) { streak += 1 }
        return streak
    }

    /// The streak as it stands on `today`: a streak that reached yesterday is still alive until
    /// today ends, so it is not shown as broken before the patient has had the day to exercise.
    public static func current(on today: LocalDay, active: Set<LocalDay>) -> Int {
        current(on: today.dayNumber, active: Set(active.map(\.dayNumber)))
    }

    /// The same by day numbers.
    public static func current(on today: Int, active: Set<Int>) -> Int {
        days(endingOn: active.contains(today) ? today : today - 1, active: active)
    }

    /// `current(on:active:)` from the log, reading only the days played (`playedDays`) and only
    /// as far back as the streak reaches: a month, then as far again, and so on, while it runs
    /// to the start of what was read. For `status`, which runs every few seconds.
    public static func current(on today: LocalDay, in log: any DayLogReader) throws -> Int {
        // Day numbers gathered as they are read, not a set of texts turned into numbers again for
        // every stretch read.
        var active = Set<Int>()
        var (read, days) = (0, 32)
        while true {
            for day in try log.playedDays(from: today.adding(days: -days), through: today.adding(days: -read)) {
                active.insert(day.dayNumber)
            }
            let streak = current(on: today.dayNumber, active: active)
            if streak < days || days >= LogLimits.historyDays { return streak }
            (read, days) = (days + 1, days * 2)
        }
    }
}
