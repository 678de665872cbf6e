import LimberCore

/// What the player screen says, worked out from the state; kept apart from layout so both
/// the full-size and the compact screen say the same things.
struct PlayerModel {
    let state: SessionState
    let segment: Segment
    let now: MonotonicInstant

    var plan: SessionPlan { state.plan }
    var routine: Routine { plan.routines[segment.routineIndex] }
    var step: Step { routine.steps[segment.stepIndex] }
    var remaining: Int { state.remainingSeconds(at: now) }

    var routineLine: String {
        let count = plan.routines.count
        return count > 1 ? "\(routine.name)  (\(segment.routineIndex + 1) of \(count))" : routine.name
    }

    var stepLine: String {
        "Step \(segment.stepIndex + 1) of \(routine.steps.count): \(step.name)"
    }

    var phaseWord: String { segment.phase.word }

    /// Side, set, rep and breath counters that apply now, e.g. "Left side · Set 1 of 2".
    var counters: String {
        var parts: [String] = []
        if let side = segment.side {
            parts.append(side == .left ? "Left side" : "Right side")
        }
        if segment.sets > 1 {
            parts.append("Set \(segment.set) of \(segment.sets)")
        }
        if let reps = segment.reps, let tempo = segment.tempo, segment.phase == .reps {
            let done = segment.seconds - remaining
            parts.append("Rep \(min(reps, done / tempo + 1)) of \(reps)")
        }
        if let cycle = segment.cycle, let cycles = segment.cycles {
            parts.append("Breath \(cycle) of \(cycles)")
        }
        return parts.joined(separator: " · ")
    }

    var cue: String {
        switch segment.phase {
        case .switchSides: "Change to the \(segment.side == .right ? "right" : "left") side and settle in."
        case .rest: "Rest. Breathe easily; set \(segment.set) starts next."
        default: step.cue ?? ""
        }
    }

    /// A bar that grows with the in-breath and shrinks with the out-breath.
    var pacer: String? {
        guard segment.phase.isBreathing else { return nil }
        let width = 21
        let nanos = Double(state.remaining(at: now))
        let fractionLeft = nanos / (Double(segment.seconds) * 1e9)
        let fill: Double =
            switch segment.phase {
            case .breatheIn: 1 - fractionLeft
            case .breatheOut: fractionLeft
            // The top-up sip comes after a full in-breath: the bar is already full.
            case .breatheHold, .breatheTopUp: 1
            default: 0
            }
        let filled = max(1, Int((fill * Double(width)).rounded()))
        let side = (width - filled) / 2
        return String(repeating: " ", count: side) + String(repeating: "●", count: filled)
            + String(repeating: " ", count: width - filled - side)
    }

    /// How far into the current set on this side, including its breathing cycles.
    var stepFraction: Double {
        guard let unit = segment.unit.map({ plan.units[$0] }) else {
            return 1 - Double(remaining) / Double(max(1, segment.seconds))
        }
        let into = state.elapsedSeconds(at: now) - Double(plan.offsets[unit.firstSegment])
        return into / Double(max(1, unit.plannedSeconds))
    }

    var stepClock: String {
        guard let unit = segment.unit.map({ plan.units[$0] }) else {
            return DurationText.clock(remaining)
        }
        let into = Int(state.elapsedSeconds(at: now)) - plan.offsets[unit.firstSegment]
        return "\(DurationText.clock(into)) / \(DurationText.clock(unit.plannedSeconds))"
    }

    var sessionFraction: Double {
        state.elapsedSeconds(at: now) / Double(max(1, plan.totalSeconds))
    }

    var sessionClock: String {
        "\(DurationText.clock(Int(state.elapsedSeconds(at: now)))) / \(DurationText.clock(plan.totalSeconds))"
    }

    /// What comes after this segment.
    var nextLine: String {
        let nextIndex = state.segmentIndex + 1
        guard nextIndex < plan.segments.count else { return "Next: the end of the session" }
        let next = plan.segments[nextIndex]
        if next.routineIndex != segment.routineIndex {
            return "Next: \(plan.routines[next.routineIndex].name)"
        }
        if next.stepIndex != segment.stepIndex {
            return "Next: \(routine.steps[next.stepIndex].name)"
        }
        var words = "\(next.phase.word) \(DurationText.spoken(next.seconds))"
        if let side = next.side, side != segment.side {
            words += ", \(side.rawValue) side"
        }
        return "Next: \(words)"
    }
}
