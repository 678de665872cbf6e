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
            // The numbers first: they tell most sets apart at the least cost.
            var step: Int, set: Int, side: Side?, routine: String
        }
        // Each set once, in the order first met, with its planned seconds and its best take (the
        // step's place in `logged.steps`), and the sets of each routine in the order the routines
        // were first met.
        var sets = FirstMetNumbers<SetKey>(), routines = FirstMetNumbers<String>()
        var planned: [Int] = [], best: [Int?] = [], routineSets: [[Int]] = []
        func note(_ key: SetKey, plannedSeconds: Int) -> Int {
            let (index, isNew) = sets.number(of: key)
            guard isNew else { return index }
            planned.append(plannedSeconds)
            best.append(nil)
            let (routine, isNewRoutine) = routines.number(of: key.routine)
            if isNewRoutine { routineSets.append([index]) } else { routineSets[routine].append(index) }
            return index
        }
        for set in logged.plannedSets {
            _ = note(SetKey(step: set.stepIndex, set: set.setNumber, side: set.side, routine: set.routineID), plannedSeconds: set.plannedSeconds)
        }
        for (position, step) in logged.steps.enumerated() {
            let index = note(
                SetKey(step: step.stepIndex, set: step.setNumber, side: step.side, routine: step.routineID), plannedSeconds: step.plannedSeconds)
            if let kept = best[index], logged.steps[kept].rank >= step.rank { continue }
            best[index] = position
        }
        return zip(routines.keys, routineSets).map { routine, routineSets in
            var played = 0, done = 0, plannedSeconds = 0, doneSeconds = 0
            for set in routineSets {
                plannedSeconds += planned[set]
                guard let position = best[set] else { continue }
                let take = logged.steps[position]
                guard take.status != .skipped else { continue }
                played += 1
                doneSeconds += take.doneSeconds
                if take.status == .done { done += 1 }
            }
            let status: Status = played == 0 ? .notDone : done == routineSets.count ? .done : .partial
            return ReviewExercise(
                routine: VisibleText.of(routine), setsPlanned: routineSets.count, setsDone: done, plannedSeconds: plannedSeconds,
                doneSeconds: doneSeconds, status: status)
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
