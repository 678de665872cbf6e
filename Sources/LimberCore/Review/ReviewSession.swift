import Foundation

/// One session as the review shows it: its status, and each routine's sets and seconds done
/// against those its stored plan set out (DESIGN §5's `sessions`).
public struct ReviewSession: Encodable, Sendable, Equatable {
    public var id: String
    public var date: LocalDay
    public var status: SessionStatus
    public var startedAt: Date
    public var endedAt: Date?
    public var painBefore: Int?
    public var painAfter: Int?
    public var effort: Effort?
    /// Each routine of the plan (then any played outside it), in order.
    public var exercises: [ReviewExercise]
    /// Every step result as logged, in the order played (a replayed set appears twice here).
    public var steps: [ReviewStep]

    enum CodingKeys: String, CodingKey {
        case id, date, status, effort, exercises, steps
        case startedAt = "started_at", endedAt = "ended_at", painBefore = "pain_before", painAfter = "pain_after"
    }

    /// Something was played in it (a set begun, not skipped).
    public var played: Bool { exercises.contains { $0.status != .notDone } }

    public init(_ logged: LoggedSession) {
        let session = logged.session
        id = VisibleText.of(session.id)
        date = session.day
        status = session.status
        startedAt = session.startedAt
        endedAt = session.endedAt
        painBefore = session.painBefore
        painAfter = session.painAfter
        effort = session.effort
        steps = logged.steps.map(ReviewStep.init)
        exercises = ReviewExercise.of(logged)
    }
}

/// One routine within a session: DESIGN §5's `exercises`.
public struct ReviewExercise: Encodable, Sendable, Equatable {
    public enum Status: String, Encodable, Sendable {
        /// Every set done in full.
        case done
        /// Some played, not all done.
        case partial
        /// Nothing played: skipped, or never reached.
        case notDone = "not-done"
    }

    public var routine: String
    public var setsPlanned: Int
    public var setsDone: Int
    public var plannedSeconds: Int
    public var doneSeconds: Int
    public var status: Status

    enum CodingKeys: String, CodingKey {
        case routine, status
        case setsPlanned = "sets_planned", setsDone = "sets_done"
        case plannedSeconds = "planned_seconds", doneSeconds = "done_seconds"
    }

    /// A set is one step's set on one side. A set played twice (back, then again) counts once,
    /// at its better take; a set planned and never begun counts as planned and not done. A
    /// session without a stored plan (an older log) is measured against the sets it played.
    static func of(_ logged: LoggedSession) -> [ReviewExercise] {
        struct SetKey: Hashable {
            var routine: String, step: Int, side: Side?, set: Int
        }
        // Each set once, in the order first met, with its planned seconds and its best take, and
        // the sets of each routine in the order the routines were first met: a lookup or two a
        // step, as the review asks this of every step of years of log.
        var setIndex: [SetKey: Int] = [:]
        var planned: [Int] = [], best: [StepResult?] = []
        var routineIndex: [String: Int] = [:]
        var routines: [(id: String, sets: [Int])] = []
        func note(_ key: SetKey, plannedSeconds: Int) -> Int {
            if let index = setIndex[key] { return index }
            let index = planned.count
            setIndex[key] = index
            planned.append(plannedSeconds)
            best.append(nil)
            if let routine = routineIndex[key.routine] {
                routines[routine].sets.append(index)
            } else {
                routineIndex[key.routine] = routines.count
                routines.append((key.routine, [index]))
            }
            return index
        }
        for set in logged.plannedSets {
            _ = note(SetKey(routine: set.routineID, step: set.stepIndex, side: set.side, set: set.setNumber), plannedSeconds: set.plannedSeconds)
        }
        for step in logged.steps {
            let index = note(
                SetKey(routine: step.routineID, step: step.stepIndex, side: step.side, set: step.setNumber), plannedSeconds: step.plannedSeconds)
            if let kept = best[index], kept.rank >= step.rank { continue }
            best[index] = step
        }
        return routines.map { routine in
            let takes = routine.sets.compactMap { best[$0] }.filter { $0.status != .skipped }
            let done = takes.filter { $0.status == .done }.count
            let status: Status = takes.isEmpty ? .notDone : done == routine.sets.count ? .done : .partial
            return ReviewExercise(
                routine: VisibleText.of(routine.id), setsPlanned: routine.sets.count, setsDone: done,
                plannedSeconds: routine.sets.reduce(0) { $0 + planned[$1] },
                doneSeconds: takes.reduce(0) { $0 + $1.doneSeconds }, status: status)
        }
    }
}

extension StepResult {
    /// Which of two takes of one set counts: done over cut short over skipped, then the longer.
    fileprivate var rank: Int {
        let outcome = switch status {
        case .done: 2
        case .partial: 1
        case .skipped: 0
        }
        return outcome * 1_000_000 + min(doneSeconds, 999_999)
    }
}

/// One step result as logged: a row of the CSV.
public struct ReviewStep: Encodable, Sendable, Equatable {
    public var routine: String
    public var stepIndex: Int
    public var stepName: String
    public var side: Side?
    public var setNumber: Int
    public var plannedSeconds: Int
    public var doneSeconds: Int
    public var status: StepStatus
    public var startedAt: Date
    public var endedAt: Date

    enum CodingKeys: String, CodingKey {
        case routine, side, status
        case stepIndex = "step_index", stepName = "step_name", setNumber = "set_number"
        case plannedSeconds = "planned_seconds", doneSeconds = "done_seconds"
        case startedAt = "started_at", endedAt = "ended_at"
    }

    init(_ step: StepResult) {
        routine = VisibleText.of(step.routineID)
        stepIndex = step.stepIndex
        stepName = VisibleText.of(step.stepName)
        side = step.side
        setNumber = step.setNumber
        plannedSeconds = step.plannedSeconds
        doneSeconds = step.doneSeconds
        status = step.status
        startedAt = step.startedAt
        endedAt = step.endedAt
    }
}
