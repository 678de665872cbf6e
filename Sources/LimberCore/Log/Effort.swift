/// How hard the patient found a session, asked after it ends.
public enum Effort: String, LogChoice, Sendable {
    case tooEasy = "too-easy"
    case aboutRight = "about-right"
    case tooHard = "too-hard"
}
