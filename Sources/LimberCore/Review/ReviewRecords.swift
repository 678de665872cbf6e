import Foundation

/// Pain before and after one session (DESIGN §5's `pain`).
public struct PainPair: Encodable, Sendable, Equatable {
    public var date: LocalDay
    public var before: Int?
    public var after: Int?

    enum CodingKeys: String, CodingKey { case date, before, after }
}

/// A self-report with minutes on a day: morning stiffness, or an activity of `kind`.
public struct DatedMinutes: Encodable, Sendable, Equatable {
    public var date: LocalDay
    /// The activity (`walk`, `swim`...); nil for stiffness.
    public var kind: ActivityKind?
    public var minutes: Int
    public var note: String?

    enum CodingKeys: String, CodingKey { case date, kind, minutes, note }
}

/// One activity kind over the period: how often and how long.
public struct ActivityTotal: Encodable, Sendable, Equatable {
    public var kind: ActivityKind
    public var count: Int
    public var minutes: Int
}

/// A dated self-report shown as it was logged: a crack, a pain rating, a flare, sharp pain.
public struct DatedReport: Encodable, Sendable, Equatable {
    public var date: LocalDay
    public var kind: SelfReportKind
    /// For a pain rating.
    public var pain: Int?
    public var note: String?

    enum CodingKeys: String, CodingKey { case date, kind, pain, note }
}

/// Per routine over the period: sets and seconds done against those planned.
public struct RoutineTotal: Encodable, Sendable, Equatable {
    public var routine: String
    /// Sessions it was planned or played in.
    public var sessions: Int
    public var setsPlanned: Int
    public var setsDone: Int
    public var plannedSeconds: Int
    public var doneSeconds: Int

    enum CodingKeys: String, CodingKey {
        case routine, sessions
        case setsPlanned = "sets_planned", setsDone = "sets_done"
        case plannedSeconds = "planned_seconds", doneSeconds = "done_seconds"
    }

    /// Each routine in `sessions`, in the order first met.
    static func of(_ sessions: [ReviewSession]) -> [RoutineTotal] {
        var totals: [RoutineTotal] = []
        var index: [String: Int] = [:]
        for exercise in sessions.lazy.flatMap(\.exercises) {
            let at = index[exercise.routine] ?? {
                totals.append(RoutineTotal(routine: exercise.routine, sessions: 0, setsPlanned: 0, setsDone: 0, plannedSeconds: 0, doneSeconds: 0))
                index[exercise.routine] = totals.count - 1
                return totals.count - 1
            }()
            totals[at].sessions += 1
            totals[at].setsPlanned += exercise.setsPlanned
            totals[at].setsDone += exercise.setsDone
            totals[at].plannedSeconds += exercise.plannedSeconds
            totals[at].doneSeconds += exercise.doneSeconds
        }
        return totals
    }
}

/// The prescription as one change left it, from the day it held (the one in force on the
/// period's first day, then each change within it).
public struct PrescriptionEntry: Encodable, Sendable, Equatable {
    /// The day it holds from (before the period when it was already in force).
    public var from: LocalDay
    public var issues: [String]
    public var conditions: [String]
    public var weakerSide: Side?
    public var minutes: Int
    public var equipment: [String]
    public var restDays: [Weekday]

    enum CodingKeys: String, CodingKey {
        case from, issues, conditions, minutes, equipment
        case weakerSide = "weaker_side", restDays = "rest_days"
    }

    init(_ profile: Profile) {
        from = profile.day
        issues = profile.issueIDs.map(VisibleText.of)
        conditions = profile.conditions.map(VisibleText.of)
        weakerSide = profile.weakerSide
        minutes = profile.minutes
        equipment = profile.equipment.map(VisibleText.of)
        restDays = profile.restDays
    }
}

/// A professional's clearance of a red flag.
public struct ReviewClearance: Encodable, Sendable, Equatable {
    public var date: LocalDay
    public var symptom: String
    public var clearedBy: String

    enum CodingKeys: String, CodingKey {
        case date, symptom
        case clearedBy = "cleared_by"
    }
}

/// A screening the patient answered, with the symptoms that applied.
public struct ReviewScreening: Encodable, Sendable, Equatable {
    public var date: LocalDay
    public var symptoms: [String]
}
