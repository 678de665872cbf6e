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
    /// Every step result as logged, in the order played (a replayed set appears twice here);
    /// empty when the review was made without them (`withSteps`).
    public var steps: [ReviewStep]

    enum CodingKeys: String, CodingKey {
        case id, date, status, effort, exercises, steps
        case startedAt = "started_at", endedAt = "ended_at", painBefore = "pain_before", painAfter = "pain_after"
    }

    /// Something was played in it (a set begun, not skipped).
    public var played: Bool { exercises.contains { $0.status != .notDone } }

    /// `withSteps`: whether to list the steps, which only the CSV and the JSON show: a table of
    /// ten years would make 29,200 it never draws.
    public init(_ logged: LoggedSession, withSteps: Bool = true) {
        let session = logged.session
        id = VisibleText.of(session.id)
        date = session.day
        status = session.status
        startedAt = session.startedAt
        endedAt = session.endedAt
        painBefore = session.painBefore
        painAfter = session.painAfter
        effort = session.effort
        steps = withSteps ? logged.steps.map(ReviewStep.init) : []
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
            // Numbers only: the routine by its number, so telling sets apart compares no text.
            var routine: Int, step: Int, set: Int, side: Side?
        }
        // Each set once, in the order first met, with its routine's number, its planned seconds and
        // its best take (the step's place in `logged.steps`); the routines in the order first met.
        let count = logged.plannedSets.count + logged.steps.count
        var sets = FirstMetNumbers<SetKey>(reservingCapacity: count), routines = FirstMetNumbers<String>(reservingCapacity: count)
        var setRoutine: [Int] = [], planned: [Int] = [], best: [Int?] = []
        setRoutine.reserveCapacity(count)
        planned.reserveCapacity(count)
        best.reserveCapacity(count)
        // Sets come in runs of one routine: its number is looked up once a run.
        var lastRoutine: (id: String, number: Int)?
        func note(routineID: String, step: Int, set: Int, side: Side?, plannedSeconds: Int) -> Int {
            let routine: Int
            if let lastRoutine, lastRoutine.id == routineID {
                routine = lastRoutine.number
            } else {
                routine = routines.number(of: routineID).number
                lastRoutine = (routineID, routine)
            }
            let (index, isNew) = sets.number(of: SetKey(routine: routine, step: step, set: set, side: side))
            guard isNew else { return index }
            setRoutine.append(routine)
            planned.append(plannedSeconds)
            best.append(nil)
            return index
        }
        for set in logged.plannedSets {
            _ = note(routineID: set.routineID, step: set.stepIndex, set: set.setNumber, side: set.side, plannedSeconds: set.plannedSeconds)
        }
        // The steps read in place: a copy of each would retain and release its five texts.
        let steps = logged.steps
        for position in steps.indices {
            let index = note(
                routineID: steps[position].routineID, step: steps[position].stepIndex, set: steps[position].setNumber,
                side: steps[position].side, plannedSeconds: steps[position].plannedSeconds)
            if let kept = best[index], steps[kept].rank >= steps[position].rank { continue }
            best[index] = position
        }
        var exercises = routines.keys.map {
            ReviewExercise(routine: VisibleText.of($0), setsPlanned: 0, setsDone: 0, plannedSeconds: 0, doneSeconds: 0, status: .notDone)
        }
        var played = [Int](repeating: 0, count: exercises.count)
        for set in setRoutine.indices {
            let routine = setRoutine[set]
            exercises[routine].setsPlanned += 1
            exercises[routine].plannedSeconds += planned[set]
            guard let position = best[set], steps[position].status != .skipped else { continue }
            played[routine] += 1
            exercises[routine].doneSeconds += steps[position].doneSeconds
            if steps[position].status == .done { exercises[routine].setsDone += 1 }
        }
        for routine in exercises.indices where played[routine] > 0 {
            exercises[routine].status = exercises[routine].setsDone == exercises[routine].setsPlanned ? .done : .partial
        }
        return exercises
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
