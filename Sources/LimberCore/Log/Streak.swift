/// The streak: days in a row with a session in which something was played. The one count the
/// summary after a session and `status` show.
public enum Streak {
    /// Days in a row ending on `day`, each in `played`; 0 when `day` is not.
    public static func days(endingOn day: LocalDay, played: Set<LocalDay>) -> Int {
        var streak = 0
        var cursor = day
        while played.contains(cursor) {
            streak += 1
            cursor = cursor.adding(days: -1)
        }
        return streak
    }

    /// The same from the log, read back only as far as the streak reaches: a month, then as
    /// far again, and so on, while the streak runs to the start of what was read.
    public static func read(_ log: any LogReader, endingOn day: LocalDay) throws -> Int {
        var played = Set<LocalDay>()
        var (read, days) = (0, 32)
        while true {
            played.formUnion(try log.playedDays(from: day.adding(days: 1 - days), through: day.adding(days: -read)))
            let streak = Self.days(endingOn: day, played: played)
            if streak < days || days >= LogLimits.historyDays { return streak }
            (read, days) = (days, days * 2)
        }
    }

    /// The streak as it stands on `day`: one ending today once something was played today, else
    /// the one ending yesterday, which today's session would carry on.
    public static func standing(on day: LocalDay, in log: any LogReader) throws -> Int {
        let today = try read(log, endingOn: day)
        return today > 0 ? today : try read(log, endingOn: day.adding(days: -1))
    }
}
