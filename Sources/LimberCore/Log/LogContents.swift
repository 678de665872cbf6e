/// Everything in one patient's log, as export writes it and import reads it.
public struct LogContents: Sendable, Equatable {
    /// Every change to the profile.
    public var profileChanges: [Profile]
    /// Oldest first.
    public var sessions: [SessionRecord]
    /// Grouped by session, in the order played.
    public var steps: [StepResult]
    /// Grouped by session, in the order planned.
    public var plannedSets: [PlannedSet]
    /// Oldest first.
    public var selfReports: [SelfReport]
    /// Oldest first.
    public var screenings: [Screening]
    /// Oldest first.
    public var clearances: [Clearance]

    public init(
        profileChanges: [Profile] = [], sessions: [SessionRecord] = [], steps: [StepResult] = [],
        plannedSets: [PlannedSet] = [], selfReports: [SelfReport] = [], screenings: [Screening] = [],
        clearances: [Clearance] = []
    ) {
        self.profileChanges = profileChanges
        self.sessions = sessions
        self.steps = steps
        self.plannedSets = plannedSets
        self.selfReports = selfReports
        self.screenings = screenings
        self.clearances = clearances
    }
}
