/// A session with the steps played in it, as history and review read them.
public struct LoggedSession: Sendable, Equatable {
    public var session: SessionRecord
    /// In the order they were played.
    public var steps: [StepResult]
    /// What the session set out to play, in order; empty for a session begun without a plan.
    public var plannedSets: [PlannedSet]

    public init(session: SessionRecord, steps: [StepResult], plannedSets: [PlannedSet] = []) {
        self.session = session
        self.steps = steps
        self.plannedSets = plannedSets
    }

    /// The routine ids the patient actually played (at least one step not skipped), in order.
    public var playedRoutines: [String] {
        var seen = Set<String>()
        return steps.filter { $0.status != .skipped }.map(\.routineID).filter { seen.insert($0).inserted }
    }
}
