/// One set a session set out to play (a step's set, on one side), written when the session
/// starts, so a review can set what was done beside what was planned, sets never reached included.
public struct PlannedSet: Codable, Sendable, Equatable {
    public var sessionID: String
    /// Its place in the session, from 0.
    public var position: Int
    public var routineID: String
    /// The step's position in its routine, from 0.
    public var stepIndex: Int
    public var stepName: String
    public var side: Side?
    /// Which set of the step, from 1.
    public var setNumber: Int
    public var plannedSeconds: Int

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case position, side
        case sessionID = "session_id"
        case routineID = "routine_id"
        case stepIndex = "step_index"
        case stepName = "step_name"
        case setNumber = "set_number"
        case plannedSeconds = "planned_seconds"
    }

    public init(
        sessionID: String, position: Int, routineID: String, stepIndex: Int, stepName: String, side: Side?,
        setNumber: Int, plannedSeconds: Int
    ) {
        self.sessionID = sessionID
        self.position = position
        self.routineID = routineID
        self.stepIndex = stepIndex
        self.stepName = stepName
        self.side = side
        self.setNumber = setNumber
        self.plannedSeconds = plannedSeconds
    }

    /// What is wrong with the record, or nil when the log can keep it.
    public var problem: String? {
        if position < 0 || stepIndex < 0 { return "position and step_index cannot be negative" }
        if setNumber < 1 { return "set_number \(setNumber) is less than 1" }
        if plannedSeconds < 0 { return "planned_seconds cannot be negative" }
        return nil
    }
}

extension SessionPlan {
    /// Every set this plan will play, in order, as the log keeps them for `sessionID`.
    public func plannedSets(sessionID: String) -> [PlannedSet] {
        units.enumerated().map { position, unit in
            let routine = routines[unit.routineIndex]
            return PlannedSet(
                sessionID: sessionID, position: position, routineID: routine.id, stepIndex: unit.stepIndex,
                stepName: routine.steps[unit.stepIndex].name, side: unit.side, setNumber: unit.set,
                plannedSeconds: unit.plannedSeconds)
        }
    }
}
