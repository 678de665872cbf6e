/// Everything in one patient's log, as export writes it and import reads it.
public struct LogContents: Sendable, Equatable {
    public var profile: Profile?
    /// Oldest first.
    public var sessions: [SessionRecord]
    /// Grouped by session, in the order played.
    public var steps: [StepResult]
    /// Oldest first.
    public var selfReports: [SelfReport]
    /// Oldest first.
    public var screenings: [Screening]
    /// Oldest first.
    public var clearances: [Clearance]

    public init(
        profile: Profile? = nil, sessions: [SessionRecord] = [], steps: [StepResult] = [], selfReports: [SelfReport] = [],
        screenings: [Screening] = [], clearances: [Clearance] = []
    ) {
        self.profile = profile
        self.sessions = sessions
        self.steps = steps
        self.selfReports = selfReports
        self.screenings = screenings
        self.clearances = clearances
    }
}
