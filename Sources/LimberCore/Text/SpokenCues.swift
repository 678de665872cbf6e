/// What `start --voice` says, for holds done with eyes closed or away from the screen: the step
/// and its side as each piece of work starts, "Switch sides", each breathing phase, a count of
/// the last three seconds of a timed phase, and how the session ended. Short words, because a
/// cue still being spoken when the next one is due is cut off.
public enum SpokenCues {
    /// The cues due as the state moved from `previous` (as it was at `previousTime`) to `current`
    /// at `now`; the first call has no `previous`.
    public static func cues(
        from previous: SessionState?, at previousTime: MonotonicInstant, to current: SessionState, at now: MonotonicInstant
    ) -> [String] {
        if case .finished(let outcome) = current.clock {
            if case .finished = previous?.clock { return [] }
            return [outcome == .completed ? "Session complete." : "Session ended."]
        }
        guard let segment = current.segment else { return [] }
        if previous == nil || previous?.segmentIndex != current.segmentIndex {
            return [announcement(of: segment, in: current.plan)]
        }
        guard let previous, !segment.phase.isBreathing, segment.seconds > 3 else { return [] }
        // The whole seconds newly reached since the last wake, among 3, 2 and 1.
        let before = previous.remainingSeconds(at: previousTime)
        let left = current.remainingSeconds(at: now)
        return [3, 2, 1].filter { $0 < before && $0 >= left }.map(String.init)
    }

    static func announcement(of segment: Segment, in plan: SessionPlan) -> String {
        switch segment.phase {
        case .switchSides, .breatheIn, .breatheTopUp, .breatheHold, .breatheHoldAfter, .breatheOut, .rest:
            return segment.phase.word
        case .getReady, .hold, .reps, .walk:
            var words = plan.routines[segment.routineIndex].steps[segment.stepIndex].name
            if let side = segment.side { words += ", \(side.rawValue) side" }
            return words + "."
        }
    }
}
