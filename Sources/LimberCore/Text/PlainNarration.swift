/// The session as plain lines, for screen readers and pipes: a line at each phase change and
/// every ten seconds in between.
public enum PlainNarration {
    public static let interval = 10

    /// The lines to print after the state moved from `previous` (as it was at `previousTime`)
    /// to `current` at `now`.
    public static func lines(
        from previous: SessionState?, at previousTime: MonotonicInstant, to current: SessionState, at now: MonotonicInstant
    ) -> [String] {
        if case .finished(let outcome) = current.clock {
            if case .finished = previous?.clock { return [] }
            return [finishedLine(outcome)]
        }
        guard let segment = current.segment else { return [] }
        let plan = current.plan
        let routine = plan.routines[segment.routineIndex]
        var lines: [String] = []
        if previous == nil || previous?.segmentIndex != current.segmentIndex {
            if previous == nil || previous?.segment?.routineIndex != segment.routineIndex {
                lines.append("== \(routine.name) (\(DurationText.spoken(routine.seconds))) ==")
            }
            lines.append(phaseLine(segment, routine: routine))
            // Names and cues are the library's text: printed line by line, never raw controls.
            return lines.map(VisibleText.of)
        }
        guard let previous else { return lines }
        let left = current.remainingSeconds(at: now)
        // The last multiple of ten passed since the previous wake, if any.
        let mark = (previous.remainingSeconds(at: previousTime) - 1) / interval * interval
        if mark > 0, mark >= left {
            lines.append("\(mark) s left.")
        }
        return lines
    }

    static func phaseLine(_ segment: Segment, routine: Routine) -> String {
        let step = routine.steps[segment.stepIndex]
        var words = "\(segment.phase.word): \(step.name)"
        if let side = segment.side { words += ", \(side.rawValue) side" }
        if segment.sets > 1 { words += ", set \(segment.set) of \(segment.sets)" }
        if let cycle = segment.cycle, let cycles = segment.cycles { words += ", breath \(cycle) of \(cycles)" }
        if let reps = segment.reps, let tempo = segment.tempo { words += ", \(reps) reps, \(tempo) s each" }
        words += ". \(DurationText.spoken(segment.seconds))."
        if let cue = step.cue, !segment.phase.isBreathing || segment.cycle == 1 {
            words += " \(cue)"
        }
        return words
    }

    public static func finishedLine(_ outcome: SessionOutcome) -> String {
        switch outcome {
        case .completed: "Session complete. Well done."
        case .interrupted: "Session stopped. What you did is kept."
        case .partial, .skipped: "Session ended. What you did is kept."
        }
    }
}
