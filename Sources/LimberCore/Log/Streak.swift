/// Days in a row with a session in which something was played: what the summary after a
/// session and the clinician's review call the streak.
public enum Streak {
    /// The run of active days ending on `last` (as day numbers); 0 when `last` is not active.
    public static func length(endingOn last: Int, activeDays: Set<Int>) -> Int {
        var day = last
        while activeDays.contains(day) { day -= 1 }
        return last - day
    }
}
