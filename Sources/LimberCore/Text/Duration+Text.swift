/// Durations as a patient reads them.
public enum DurationText {
    /// "45 s", "2 min", "2 min 30 s".
    public static func spoken(_ seconds: Int) -> String {
        let minutes = seconds / 60, rest = seconds % 60
        switch (minutes, rest) {
        case (0, _): return "\(rest) s"
        case (_, 0): return "\(minutes) min"
        default: return "\(minutes) min \(rest) s"
        }
    }

    /// "0:45", "12:05": a clock face for countdowns and tables.
    public static func clock(_ seconds: Int) -> String {
        let minutes = seconds / 60, rest = seconds % 60
        return "\(minutes):\(rest < 10 ? "0" : "")\(rest)"
    }
}
