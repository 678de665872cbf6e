/// What can happen to a running session. Every event carries the instant it happened.
public enum SessionEvent: Sendable, Equatable {
    case start(MonotonicInstant)
    /// Time passed; sent whenever the loop wakes.
    case tick(MonotonicInstant)
    case togglePause(MonotonicInstant)
    /// Ends the current set and moves to the next.
    case skip(MonotonicInstant)
    /// Restarts the current set, or goes to the previous one when at its very start.
    case back(MonotonicInstant)
    /// Asks before leaving; the session pauses while it asks.
    case requestQuit(MonotonicInstant)
    case confirmQuit(MonotonicInstant)
    /// The patient cracked their own back: log it and show the clinic's advice, paused.
    case reportCrack(MonotonicInstant)
    /// Sharp or travelling pain: log it, stop the step, and ask whether to end the session.
    case reportSharpPain(MonotonicInstant)
    /// Closes whatever overlay shows (the quit question answered no, the advice read, the help)
    /// and goes on as before it opened.
    case dismissOverlay(MonotonicInstant)
    /// The process is being stopped (a signal): end now without asking.
    case interrupt(MonotonicInstant)
    /// The process is being suspended (Ctrl-Z): pause, so that no time passes for the session
    /// while it is away; it stays paused until the patient goes on.
    case suspend(MonotonicInstant)
    case toggleBell
    case toggleHelp(MonotonicInstant)
}

/// What the shell must do after an event: the reducer itself touches nothing.
public enum SessionEffect: Sendable, Equatable {
    /// A set ended; write it to the log now, so a killed session keeps it.
    case stepFinished(StepOutcome)
    case ringBell
    /// Log a self-reported back crack now.
    case crackReported
    /// Log sharp or travelling pain reported during the session now.
    case sharpPainReported
    case sessionFinished(SessionOutcome)
}

public struct StepOutcome: Sendable, Equatable {
    public var routineID: String
    public var stepIndex: Int
    public var stepName: String
    public var side: Side?
    public var set: Int
    public var plannedSeconds: Int
    public var doneSeconds: Int
    public var status: StepStatus
}

public enum SessionOutcome: String, Sendable, Equatable {
    /// Every set done in full.
    case completed
    /// Some of it done: sets skipped, or the patient left early.
    case partial
    /// The process was stopped before the end.
    case interrupted
    /// Left before anything was done.
    case skipped
}
