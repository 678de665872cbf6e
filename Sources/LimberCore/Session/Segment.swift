/// One stretch of time the player counts down: a hold, a rest, one phase of a breath.
public struct Segment: Sendable, Equatable {
    public enum Phase: String, Sendable, CaseIterable {
        case getReady, hold, reps, rest, switchSides, breatheIn, breatheTopUp, breatheHold, breatheOut, breatheHoldAfter, walk

        /// The word the screen shows in large letters.
        public var word: String {
            switch self {
            case .getReady: "Get ready"
            case .hold, .breatheHold, .breatheHoldAfter: "Hold"
            case .reps: "Move"
            case .rest: "Rest"
            case .switchSides: "Switch sides"
            case .breatheIn: "Breathe in"
            case .breatheTopUp: "Breathe in again"
            case .breatheOut: "Breathe out"
            case .walk: "Walk"
            }
        }
    }

    public var phase: Phase
    public var seconds: Int
    public var routineIndex: Int
    public var stepIndex: Int
    public var side: Side?
    /// Set number from 1, and how many sets the step has.
    public var set: Int
    public var sets: Int
    /// For reps: how many, and seconds per rep.
    public var reps: Int?
    public var tempo: Int?
    /// For breathing: cycle number from 1, and how many cycles.
    public var cycle: Int?
    public var cycles: Int?
    /// The piece of work this segment belongs to: rests between sets and the switch between
    /// sides belong to none and are not logged.
    public var unit: Int?
}

/// A piece of work the log records on its own: one set of one step on one side.
public struct WorkUnit: Sendable, Equatable {
    public var routineIndex: Int
    public var stepIndex: Int
    public var side: Side?
    public var set: Int
    public var plannedSeconds: Int
    /// Index of the unit's first segment.
    public var firstSegment: Int
}
