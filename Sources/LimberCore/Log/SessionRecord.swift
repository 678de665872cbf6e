import Foundation

/// One exercise session as the log keeps it: planned when it starts, completed as it ends.
public struct SessionRecord: Codable, Sendable, Equatable, Identifiable {
    /// A UUID, so the same session imported twice is recognised.
    public var id: String
    /// The patient's calendar day when the session started.
    public var day: LocalDay
    /// The routine ids the session set out to play, in order.
    public var plannedRoutines: [String]
    public var startedAt: Date
    /// Nil while in progress.
    public var endedAt: Date?
    public var status: SessionStatus
    /// Pain before and after, 0 to 10; nil when the patient passed over the question.
    public var painBefore: Int?
    public var painAfter: Int?
    public var effort: Effort?

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, day, status, effort
        case plannedRoutines = "planned_routines"
        case startedAt = "started_at"
        case endedAt = "ended_at"
        case painBefore = "pain_before"
        case painAfter = "pain_after"
    }

    public init(
        id: String = UUID().uuidString.lowercased(), day: LocalDay, plannedRoutines: [String], startedAt: Date,
        endedAt: Date? = nil, status: SessionStatus = .inProgress, painBefore: Int? = nil, painAfter: Int? = nil,
        effort: Effort? = nil
    ) {
        self.id = id
        self.day = day
        self.plannedRoutines = plannedRoutines
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.status = status
        self.painBefore = painBefore
        self.painAfter = painAfter
        self.effort = effort
    }

    /// A new session, in progress, that sets out to play `plan`.
    public init(beginning plan: SessionPlan, day: LocalDay, startedAt: Date) {
        self.init(day: day, plannedRoutines: plan.routines.map(\.id), startedAt: startedAt)
    }

    /// What is wrong with the record, or nil when the log can keep it.
    public var problem: String? {
        for (name, pain) in [("pain_before", painBefore), ("pain_after", painAfter)] {
            if let pain, !LogLimits.pain.contains(pain) { return "\(name) \(pain) is not between 0 and 10" }
        }
        return nil
    }
}
