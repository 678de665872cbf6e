/// How a session ended, or that it has not ended yet.
public enum SessionStatus: String, LogChoice, Sendable {
    /// Started and not yet ended. A session still in this state when the next one starts was
    /// killed or crashed, and is then marked `interrupted`.
    case inProgress = "in-progress"
    /// Every planned step was played.
    case completed
    /// The patient ended it early on purpose.
    case partial
    /// The program stopped without the patient ending the session.
    case interrupted
    /// Planned but not played at all.
    case skipped
}

extension SessionStatus {
    /// How a played session is stored: the player's outcome under the log's name for it.
    public init(_ outcome: SessionOutcome) {
        switch outcome {
        case .completed: self = .completed
        case .partial: self = .partial
        case .skipped: self = .skipped
        case .interrupted: self = .interrupted
        }
    }
}
