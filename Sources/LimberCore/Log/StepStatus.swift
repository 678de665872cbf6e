/// What became of one played step.
public enum StepStatus: String, LogChoice, Sendable {
    case done
    case skipped
    /// Started and cut short.
    case partial
}
