/// One session as `limber history --json` lists it. Absent values are written as null so
/// every entry has the same keys.
public struct HistoryEntry: Encodable, Sendable {
    public var session: LoggedSession

    public init(_ session: LoggedSession) {
        self.session = session
    }

    enum Keys: String, CodingKey {
        case id, date, status, routines, effort, steps
        case plannedRoutines = "planned_routines"
        case startedAt = "started_at"
        case endedAt = "ended_at"
        case painBefore = "pain_before"
        case painAfter = "pain_after"
    }

    enum StepKeys: String, CodingKey {
        case routine, step, name, side, set, status
        case plannedSeconds = "planned_seconds"
        case doneSeconds = "done_seconds"
    }

    public func encode(to encoder: any Encoder) throws {
        let record = session.session
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(record.id, forKey: .id)
        try container.encode(record.day, forKey: .date)
        try container.encode(record.status, forKey: .status)
        try container.encode(session.playedRoutines, forKey: .routines)
        try container.encode(record.plannedRoutines, forKey: .plannedRoutines)
        try container.encode(LogTime.text(record.startedAt), forKey: .startedAt)
        try container.encode(record.endedAt.map(LogTime.text), forKey: .endedAt)
        try container.encode(record.painBefore, forKey: .painBefore)
        try container.encode(record.painAfter, forKey: .painAfter)
        try container.encode(record.effort, forKey: .effort)
        var steps = container.nestedUnkeyedContainer(forKey: .steps)
        for step in session.steps {
            var item = steps.nestedContainer(keyedBy: StepKeys.self)
            try item.encode(step.routineID, forKey: .routine)
            try item.encode(step.stepIndex, forKey: .step)
            try item.encode(step.stepName, forKey: .name)
            try item.encode(step.side, forKey: .side)
            try item.encode(step.setNumber, forKey: .set)
            try item.encode(step.plannedSeconds, forKey: .plannedSeconds)
            try item.encode(step.doneSeconds, forKey: .doneSeconds)
            try item.encode(step.status, forKey: .status)
        }
    }
}
