/// The ranges the log accepts, shared by the command line, the player and import.
public enum LogLimits {
    /// Pain on the usual 0 (none) to 10 (worst imaginable) scale.
    public static let pain = 0...10
    /// Minutes of an activity or of morning stiffness: at least one, at most ten hours.
    public static let minutes = 1...600
    /// Days `history` looks back: a hundred years is the whole of anyone's log.
    public static let historyDays = 36_500
    /// Characters in a note: a few pages, far more than a note needs, so that a pasted file or a
    /// runaway script cannot swell the log and every screen that shows it.
    public static let noteCharacters = 10_000
}
