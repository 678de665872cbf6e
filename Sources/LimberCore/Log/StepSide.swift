/// The side a one-sided step was done on; a step done with both sides at once has none.
public enum StepSide: String, LogChoice, Sendable {
    case left
    case right
}
