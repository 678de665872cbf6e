/// Where a patient stands on one ladder of routines (a routine and those its `progresses-to`
/// leads to): which rung, how many times its dose has grown, and what last changed it.
struct DoseState: Sendable, Equatable {
    var routineID: String
    var notches = 0
    /// Good sessions in a row on this rung since the last change.
    var goodInARow = 0
    var note: DoseNote?
}

/// The rules that move a dose, from one session's outcome for one routine.
enum DoseRules {
    /// Sessions in a row, completed, rated too easy or about right, pain not rising, before the
    /// dose grows.
    static let goodSessionsToGrow = 3

    enum Outcome: Equatable {
        case good, neutral
        case bad(cause: String)
    }

    static func outcome(of session: LoggedSession, routineID: String) -> Outcome {
        let record = session.session
        if let before = record.painBefore, let after = record.painAfter, after - before >= 2 {
            return .bad(cause: "pain rose from \(before) to \(after)")
        }
        if let after = record.painAfter, after >= 6 { return .bad(cause: "pain of \(after)/10") }
        if record.effort == .tooHard { return .bad(cause: "a session rated too hard") }
        let steps = session.steps.filter { $0.routineID == routineID }
        let completed = !steps.isEmpty && steps.allSatisfy { $0.status == .done }
            && session.plannedSets.filter { $0.routineID == routineID }.count <= steps.count
        let painHeld = (record.painAfter ?? 0) <= (record.painBefore ?? record.painAfter ?? 0)
        if completed && painHeld && (record.effort == .tooEasy || record.effort == .aboutRight) { return .good }
        return .neutral
    }

    /// How many times a routine's dose can grow before it is at the top of every step.
    static func maxNotches(_ routine: Routine) -> Int {
        routine.steps.compactMap { step -> Int? in
            guard let progress = step.progress, progress.by > 0, let base = value(of: step) else { return nil }
            return max(0, (progress.upTo - base + progress.by - 1) / progress.by)
        }.max() ?? 0
    }

    /// The routine with its dose grown `notches` times, each step capped at its `up-to`; the
    /// first grown step named for the reason.
    static func dosed(_ routine: Routine, notches: Int) -> (routine: Routine, grown: (step: String, to: String)?) {
        guard notches > 0 else { return (routine, nil) }
        var dosed = routine
        var grown: (step: String, to: String)?
        for index in dosed.steps.indices {
            var step = dosed.steps[index]
            guard let progress = step.progress, let base = value(of: step) else { continue }
            let value = min(progress.upTo, base + progress.by * notches)
            switch step.load {
            case .seconds:
                step.load = .seconds(value)
                grown = grown ?? ("\(step.name.lowercased()) hold", "\(value) s")
            case .reps(_, let tempo):
                step.load = .reps(count: value, tempo: tempo)
                grown = grown ?? ("\(step.name.lowercased())", "\(value) reps")
            case .breathe: continue
            }
            dosed.steps[index] = step
        }
        return (dosed, grown)
    }

    private static func value(of step: Step) -> Int? {
        switch step.load {
        case .seconds(let seconds): seconds
        case .reps(let count, _): count
        case .breathe: nil
        }
    }
}
