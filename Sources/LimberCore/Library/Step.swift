/// One step of a routine. What it asks of the patient depends on its kind.
public struct Step: Sendable, Equatable {
    public var name: String
    public var kind: StepKind
    public var load: Load
    public var sets: Int
    /// Seconds of rest between sets.
    public var rest: Int
    public var sides: Sides?
    public var cue: String?
    /// How the dose of one set grows; only hold and reps steps have one.
    public var progress: DoseProgress?
    /// Sets added on the weaker side once the profile names it; only `sides: both` steps.
    public var weakerSideExtraSets: Int
    /// The side that gets `weakerSideExtraSets` more sets, set by the scheduler for a patient
    /// whose left-right imbalance has a weaker side; nil as the routine file has it.
    public var weakerSide: Side?

    /// How long one set lasts, by kind: a plain duration, reps at a tempo, or breathing cycles.
    public enum Load: Sendable, Equatable {
        case seconds(Int)
        case reps(count: Int, tempo: Int)
        case breathe(BreathPattern, cycles: Int)
    }

    public init(
        name: String, kind: StepKind, load: Load, sets: Int = 1, rest: Int = 0,
        sides: Sides? = nil, cue: String? = nil, progress: DoseProgress? = nil, weakerSideExtraSets: Int = 0
    ) {
        self.name = name
        self.kind = kind
        self.load = load
        self.sets = sets
        self.rest = rest
        self.sides = sides
        self.cue = cue
        self.progress = progress
        self.weakerSideExtraSets = weakerSideExtraSets
    }

    /// The step at the top of its progress, the longest the scheduler can make it.
    public var fullyGrown: Step {
        guard let progress else { return self }
        var grown = self
        switch load {
        case .seconds: grown.load = .seconds(progress.upTo)
        case .reps(_, let tempo): grown.load = .reps(count: progress.upTo, tempo: tempo)
        case .breathe: break
        }
        return grown
    }

    /// Seconds of one set on one side.
    public var setSeconds: Int {
        switch load {
        case .seconds(let seconds): seconds
        case .reps(let count, let tempo): count * tempo
        case .breathe(let pattern, let cycles): pattern.cycleSeconds * cycles
        }
    }

    /// The sides this step is done on, in order; one unsided pass when it has none.
    public var passes: [Side?] {
        switch sides {
        case .none: [nil]
        case .both: [.left, .right]
        case .left: [.left]
        case .right: [.right]
        }
    }

    /// How many sets are played on `side`: the weaker side gets its extra ones.
    public func sets(on side: Side?) -> Int {
        side != nil && side == weakerSide && sides == .both ? sets + weakerSideExtraSets : sets
    }

    /// The whole step as the player times it: every set on every side, the rests between
    /// sets and the switch between sides.
    public var totalSeconds: Int {
        let work = passes.reduce(0) { total, side in
            let count = sets(on: side)
            return total + count * setSeconds + (count - 1) * rest
        }
        return work + (passes.count - 1) * Step.switchSidesSeconds
    }

    /// Time given to change sides when a step is done on both.
    public static let switchSidesSeconds = 5
}

public enum StepKind: String, Sendable, CaseIterable, Codable {
    case prepare, hold, reps, rest, breathe, walk
}

public enum Sides: String, Sendable, CaseIterable, Codable {
    case both, left, right
}

/// One side of a `sides: both` step, as played and as logged. A step done with both sides at
/// once has none.
public enum Side: String, LogChoice, Sendable {
    case left, right
}

/// Seconds for each phase of one breath. `topUp` is a second, short in-breath on top of the
/// first (the "sip" of cyclic sighing), taken before any hold.
public struct BreathPattern: Sendable, Equatable {
    public var inhale: Int
    public var topUp: Int
    public var hold: Int
    public var exhale: Int
    public var holdAfter: Int

    public init(inhale: Int, topUp: Int = 0, hold: Int = 0, exhale: Int, holdAfter: Int = 0) {
        self.inhale = inhale
        self.topUp = topUp
        self.hold = hold
        self.exhale = exhale
        self.holdAfter = holdAfter
    }

    public var cycleSeconds: Int { inhale + topUp + hold + exhale + holdAfter }
}
