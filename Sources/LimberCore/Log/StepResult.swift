import Foundation

/// One played step of a session (one set, on one side), written the moment it ends so a
/// killed session keeps everything finished before it.
public struct StepResult: Codable, Sendable, Equatable, Identifiable {
    /// A UUID, so the same step imported twice is recognised.
    public var id: String
    public var sessionID: String
    public var routineID: String
    /// The step's position in its routine, from 0.
    public var stepIndex: Int
    public var stepName: String
    public var side: Side?
    /// Which set this was, from 1.
    public var setNumber: Int
    public var plannedSeconds: Int
    public var doneSeconds: Int
    public var status: StepStatus
    public var startedAt: Date
    public var endedAt: Date

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, side, status
        case sessionID = "session_id"
        case routineID = "routine_id"
        case stepIndex = "step_index"
        case stepName = "step_name"
        case setNumber = "set_number"
        case plannedSeconds = "planned_seconds"
        case doneSeconds = "done_seconds"
        case startedAt = "started_at"
        case endedAt = "ended_at"
    }

    public init(
        id: String = UUID().uuidString.lowercased(), sessionID: String, routineID: String, stepIndex: Int,
        stepName: String, side: Side? = nil, setNumber: Int = 1, plannedSeconds: Int, doneSeconds: Int,
        status: StepStatus, startedAt: Date, endedAt: Date
    ) {
        self.id = id
        self.sessionID = sessionID
        self.routineID = routineID
        self.stepIndex = stepIndex
        self.stepName = stepName
        self.side = side
        self.setNumber = setNumber
        self.plannedSeconds = plannedSeconds
        self.doneSeconds = doneSeconds
        self.status = status
        self.startedAt = startedAt
        self.endedAt = endedAt
    }

    /// What is wrong with the record, or nil when the log can keep it.
    public var problem: String? {
        if stepIndex < 0 { return "step_index \(stepIndex) is negative" }
        if setNumber < 1 { return "set_number \(setNumber) is less than 1" }
        if plannedSeconds < 0 || doneSeconds < 0 { return "planned_seconds and done_seconds cannot be negative" }
        return nil
    }
}
