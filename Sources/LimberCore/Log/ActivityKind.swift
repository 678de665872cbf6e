/// The activities `limber log activity KIND` accepts. A fixed list, so that a clinician's
/// report can add up minutes per kind; anything else is logged as `other` with a note.
public enum ActivityKind: String, LogChoice, Sendable {
    case walk
    case swim
    case cycle
    case run
    case yoga
    case pilates
    /// Strength or machine work in a gym.
    case gym
    /// A team or racket sport.
    case sport
    case other
}
