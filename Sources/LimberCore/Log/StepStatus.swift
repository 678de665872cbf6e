/// What became of one played step.
public enum StepStatus: String, Codable, Sendable, CaseIterable {
    case done
    case skipped
    /// Started and cut short.
    case partial
}
