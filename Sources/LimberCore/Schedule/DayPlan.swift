/// One day's session as the scheduler planned it, each pick with the reason for it.
public struct DayPlan: Sendable, Equatable {
    public var day: LocalDay
    /// The minutes the session may take that day (shorter on a rest day or a first day back).
    public var minutes: Int
    /// True when a red flag logged that day means no exercise.
    public var stop: Bool
    public var kind: Kind
    public var routines: [PlannedRoutine]
    public var warnings: [PlanWarning]

    public enum Kind: String, Sendable, Equatable {
        case regular, rest, comeback, gentle, stop
    }

    public var seconds: Int { routines.reduce(0) { $0 + $1.routine.seconds } }

    /// The routines as they will be played, doses and extra sets included.
    public var playable: [Routine] { routines.map(\.routine) }
}

/// A routine picked for a day, at the dose the log has earned, with why it was picked.
public struct PlannedRoutine: Sendable, Equatable {
    public var routine: Routine
    public var reason: PickReason
}

/// Something the patient or clinician should know about a day's plan.
public struct PlanWarning: Sendable, Equatable {
    public var kind: String
    public var message: String
}
