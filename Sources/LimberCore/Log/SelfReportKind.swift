/// What a patient can log outside a session (`limber log KIND`).
public enum SelfReportKind: String, LogChoice, Sendable {
    /// Cracked their own back, for instance with the footballer's stretch.
    case crack
    /// Another activity (a walk, a swim) with its minutes.
    case activity
    /// Pain right now, 0 to 10.
    case pain
    /// Morning stiffness, in minutes until it eased.
    case stiffness
    /// A screening symptom from the clinic's safety list.
    case symptom
    /// Sharp or travelling pain, reported with a key during a session.
    case sharpPain = "sharp-pain"
    /// A flare-up: the next few sessions are gentle.
    case flare
}
