/// The player's whole state. `reduce` is the only way it changes; the screen is drawn from it.
public struct SessionState: Sendable, Equatable {
    public enum Clock: Sendable, Equatable {
        case notStarted
        /// Counting down to `deadline`, the end of the current segment.
        case running(deadline: MonotonicInstant)
        /// Stopped with this many nanoseconds left in the current segment.
        case paused(remaining: Int64)
        case finished(SessionOutcome)
    }

    public let plan: SessionPlan
    public private(set) var clock: Clock = .notStarted
    public private(set) var segmentIndex = 0
    /// Nanoseconds of work done in the current unit before the current segment began.
    private var doneInUnit: Int64 = 0
    /// How each unit played ended, by unit index; a unit played again after going back
    /// counts by its last attempt (both attempts are logged).
    private var outcomes: [Int: StepStatus] = [:]
    public private(set) var bellOn = true
    /// What is shown over the player, if anything; the session is paused while it shows.
    public private(set) var overlay: Overlay?
    /// Whether the patient had paused before an overlay paused the session for them.
    private var pausedBeforeOverlay = false

    /// What can be shown over the player, one at a time.
    public enum Overlay: Sendable, Equatable {
        /// "Leave the session?", after `q`.
        case confirmQuit
        /// The clinic's advice after a reported back crack.
        case crackAdvice
        /// "End the session?", after sharp or travelling pain stopped the step.
        case sharpPain
        case help
    }

    public init(plan: SessionPlan) {
        self.plan = plan
    }

    public var segment: Segment? {
        plan.segments.indices.contains(segmentIndex) ? plan.segments[segmentIndex] : nil
    }

    public var isFinished: Bool {
        if case .finished = clock { true } else { false }
    }

    public var isPaused: Bool {
        if case .paused = clock { true } else { false }
    }

    /// Nanoseconds left in the current segment at `now`.
    public func remaining(at now: MonotonicInstant) -> Int64 {
        switch clock {
        case .notStarted: Int64(segment?.seconds ?? 0) * 1_000_000_000
        case .running(let deadline): max(0, deadline.nanoseconds(since: now))
        case .paused(let remaining): remaining
        case .finished: 0
        }
    }

    /// Whole seconds left, rounded up, as a countdown shows them.
    public func remainingSeconds(at now: MonotonicInstant) -> Int {
        Int((remaining(at: now) + 999_999_999) / 1_000_000_000)
    }

    /// Seconds of the whole session behind the patient at `now`.
    public func elapsedSeconds(at now: MonotonicInstant) -> Double {
        guard let segment else { return Double(plan.totalSeconds) }
        let inSegment = Double(Int64(segment.seconds) * 1_000_000_000 - remaining(at: now)) / 1e9
        return Double(plan.offsets[segmentIndex]) + inSegment
    }

    /// When the screen next changes by itself: the next whole second of the countdown, or a
    /// pacer frame while breathing. Nil when only a key can change anything.
    public func nextWakeup(after now: MonotonicInstant, frameNanoseconds: Int64 = 100_000_000) -> MonotonicInstant? {
        guard case .running(let deadline) = clock, let segment else { return nil }
        let left = max(0, deadline.nanoseconds(since: now))
        var step = left % 1_000_000_000
        if step == 0 { step = min(left, 1_000_000_000) }
        if segment.phase.isBreathing {
            step = min(step, frameNanoseconds)
        }
        return MonotonicInstant(nanoseconds: now.nanoseconds + max(step, 1))
    }
}

extension Segment.Phase {
    public var isBreathing: Bool {
        [.breatheIn, .breatheTopUp, .breatheHold, .breatheOut, .breatheHoldAfter].contains(self)
    }
}

// MARK: - Reducer

extension SessionState {
    /// Applies one event and returns what the shell must do.
    public mutating func reduce(_ event: SessionEvent) -> [SessionEffect] {
        switch event {
        case .start(let now):
            guard case .notStarted = clock else { return [] }
            guard let segment else {
                clock = .finished(.completed)
                return [.sessionFinished(.completed)]
            }
            clock = .running(deadline: now + segment.seconds)
            return []
        case .tick(let now):
            return advance(to: now)
        case .togglePause(let now):
            var effects = advance(to: now)
            switch clock {
            case .running(let deadline): clock = .paused(remaining: deadline.nanoseconds(since: now))
            case .paused(let remaining): clock = .running(deadline: MonotonicInstant(nanoseconds: now.nanoseconds + remaining))
            default: effects = []
            }
            return effects
        case .skip(let now):
            return skip(at: now)
        case .back(let now):
            return back(at: now)
        case .requestQuit(let now):
            return open(.confirmQuit, at: now)
        case .reportCrack(let now):
            // A crack is logged even when the session ends at that instant.
            guard !isFinished, overlay == nil else { return [] }
            return open(.crackAdvice, at: now) + [.crackReported]
        case .reportSharpPain(let now):
            return sharpPain(at: now)
        case .confirmQuit(let now):
            guard overlay == .confirmQuit || overlay == .sharpPain else { return [] }
            overlay = nil
            return leave(at: now)
        case .dismissOverlay(let now):
            guard overlay != nil else { return [] }
            overlay = nil
            resumeAfterOverlay(at: now)
            return []
        case .interrupt(let now):
            guard !isFinished else { return [] }
            var effects = advance(to: now)
            if !isFinished {
                effects += endCurrentUnit(at: now)
                clock = .finished(.interrupted)
                effects.append(.sessionFinished(.interrupted))
            }
            return effects
        case .suspend(let now):
            let effects = advance(to: now)
            if case .running(let deadline) = clock {
                clock = .paused(remaining: deadline.nanoseconds(since: now))
            }
            return effects
        case .toggleBell:
            bellOn.toggle()
            return []
        case .toggleHelp(let now):
            guard overlay == .help else { return open(.help, at: now) }
            return reduce(.dismissOverlay(now))
        }
    }

    /// Moves past every segment whose deadline is at or before `now`. Each next deadline is the
    /// last one plus the segment's length, never `now` plus it, so waking late never drifts.
    private mutating func advance(to now: MonotonicInstant) -> [SessionEffect] {
        guard case .running(var deadline) = clock else { return [] }
        let startIndex = segmentIndex
        var effects: [SessionEffect] = []
        while deadline <= now, let segment {
            if segment.unit != nil {
                doneInUnit += Int64(segment.seconds) * 1_000_000_000
            }
            effects += finishUnitIfLastSegment()
            segmentIndex += 1
            guard let next = self.segment else {
                return effects + finish()
            }
            deadline = deadline + next.seconds
        }
        clock = .running(deadline: deadline)
        // One bell however many phases passed, after the log writes.
        return segmentIndex == startIndex ? effects : effects + bell
    }

    private var bell: [SessionEffect] { bellOn ? [.ringBell] : [] }

    /// Shows `overlay` when nothing else is showing, paused so that no set runs on unseen.
    private mutating func open(_ overlay: Overlay, at now: MonotonicInstant) -> [SessionEffect] {
        guard !isFinished, self.overlay == nil else { return [] }
        let effects = advance(to: now)
        guard !isFinished else { return effects }
        pausedBeforeOverlay = isPaused
        if case .running(let deadline) = clock {
            clock = .paused(remaining: deadline.nanoseconds(since: now))
        }
        self.overlay = overlay
        return effects
    }

    /// Goes on afterwards, unless the patient had paused before.
    private mutating func resumeAfterOverlay(at now: MonotonicInstant) {
        if !pausedBeforeOverlay, case .paused(let remaining) = clock {
            clock = .running(deadline: MonotonicInstant(nanoseconds: now.nanoseconds + remaining))
        }
    }

    /// Logs the unit that ends with the current segment, if it does.
    private mutating func finishUnitIfLastSegment() -> [SessionEffect] {
        guard let unitIndex = segment?.unit else { return [] }
        let next = segmentIndex + 1
        if next < plan.segments.count, plan.segments[next].unit == unitIndex {
            return []
        }
        return [.stepFinished(logUnit(unitIndex, done: doneInUnit, cutShort: false))]
    }

    /// Logs the unit in progress as cut short at `now`, with the work done so far.
    private mutating func endCurrentUnit(at now: MonotonicInstant) -> [SessionEffect] {
        guard let segment, let unitIndex = segment.unit else { return [] }
        let inSegment = Int64(segment.seconds) * 1_000_000_000 - remaining(at: now)
        return [.stepFinished(logUnit(unitIndex, done: doneInUnit + inSegment, cutShort: true))]
    }

    private mutating func logUnit(_ unitIndex: Int, done: Int64, cutShort: Bool) -> StepOutcome {
        let unit = plan.units[unitIndex]
        let routine = plan.routines[unit.routineIndex]
        let doneSeconds = Int(done / 1_000_000_000)
        let status: StepStatus = !cutShort ? .done : (doneSeconds == 0 ? .skipped : .partial)
        doneInUnit = 0
        outcomes[unitIndex] = status
        return StepOutcome(
            routineID: routine.id, stepIndex: unit.stepIndex, stepName: routine.steps[unit.stepIndex].name,
            side: unit.side, set: unit.set, plannedSeconds: unit.plannedSeconds, doneSeconds: doneSeconds,
            status: status)
    }

    private mutating func skip(at now: MonotonicInstant) -> [SessionEffect] {
        guard !isFinished, overlay == nil else { return [] }
        let effects = advance(to: now)
        guard !isFinished else { return effects }
        // The next unit's first segment: a rest or a switch before it is skipped too.
        let next = plan.units.first { $0.firstSegment > segmentIndex }
        return effects + endCurrentUnit(at: now) + jump(to: next?.firstSegment, at: now)
    }

    /// The set in progress ends where it is, the next one waits, paused, and the patient is asked
    /// whether to end the session: pain that is sharp or travels is a reason to stop (clinical.md §1).
    private mutating func sharpPain(at now: MonotonicInstant) -> [SessionEffect] {
        guard !isFinished, overlay == nil else { return [] }
        var effects = advance(to: now)
        guard !isFinished else { return effects + [.sharpPainReported] }
        if case .running(let deadline) = clock {
            clock = .paused(remaining: deadline.nanoseconds(since: now))
        }
        let next = plan.units.first { $0.firstSegment > segmentIndex }
        effects += endCurrentUnit(at: now) + [.sharpPainReported] + jump(to: next?.firstSegment, at: now)
        if !isFinished {
            // Going on from here is a choice the patient makes, so it stays paused afterwards.
            pausedBeforeOverlay = true
            overlay = .sharpPain
        }
        return effects
    }

    private mutating func back(at now: MonotonicInstant) -> [SessionEffect] {
        guard !isFinished, overlay == nil else { return [] }
        let effects = advance(to: now)
        guard !isFinished, let current = plan.units.last(where: { $0.firstSegment <= segmentIndex }) else {
            return effects + jump(to: 0, at: now)
        }
        // Like a music player: back restarts the set, or, at its very start, goes to the one before.
        let intoCurrent = elapsedSeconds(at: now) - Double(plan.offsets[current.firstSegment])
        let previous = plan.units.last { $0.firstSegment < current.firstSegment }
        let target = intoCurrent >= 2 ? current : (previous ?? current)
        return effects + jump(to: target.firstSegment, at: now)
    }

    /// Starts segment `index` (or finishes when nil), keeping a paused clock paused.
    private mutating func jump(to index: Int?, at now: MonotonicInstant) -> [SessionEffect] {
        guard let index else { return finish() }
        segmentIndex = index
        doneInUnit = 0
        let seconds = plan.segments[index].seconds
        if case .paused = clock {
            clock = .paused(remaining: Int64(seconds) * 1_000_000_000)
        } else {
            clock = .running(deadline: now + seconds)
        }
        return bell
    }

    /// The patient chose to leave before the end.
    private mutating func leave(at now: MonotonicInstant) -> [SessionEffect] {
        let effects = endCurrentUnit(at: now)
        let result: SessionOutcome = outcomes.values.contains { $0 != .skipped } ? .partial : .skipped
        clock = .finished(result)
        return effects + [.sessionFinished(result)]
    }

    private mutating func finish() -> [SessionEffect] {
        let result: SessionOutcome = outcomes.values.allSatisfy { $0 == .done } ? .completed : .partial
        clock = .finished(result)
        return bell + [.sessionFinished(result)]
    }
}
