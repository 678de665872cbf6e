/// A session's routines laid out as the segments the player times, in order.
public struct SessionPlan: Sendable, Equatable {
    public var routines: [Routine]
    public var segments: [Segment]
    public var units: [WorkUnit]
    /// Seconds from the session's start to the start of each segment.
    public var offsets: [Int]

    public init(routines: [Routine]) {
        self.routines = routines
        var builder = Builder()
        for (routineIndex, routine) in routines.enumerated() {
            for (stepIndex, step) in routine.steps.enumerated() {
                builder.add(step, routineIndex: routineIndex, stepIndex: stepIndex)
            }
        }
        segments = builder.segments
        units = builder.units
        var offset = 0
        offsets = segments.map { segment in
            defer { offset += segment.seconds }
            return offset
        }
    }

    public var totalSeconds: Int { segments.reduce(0) { $0 + $1.seconds } }

    private struct Builder {
        var segments: [Segment] = []
        var units: [WorkUnit] = []

        mutating func add(_ step: Step, routineIndex: Int, stepIndex: Int) {
            for (passIndex, side) in step.passes.enumerated() {
                let template = Segment(
                    phase: .hold, seconds: 0, routineIndex: routineIndex, stepIndex: stepIndex,
                    side: nil, set: 1, sets: step.sets(on: side))
                if passIndex > 0 {
                    append(template, phase: .switchSides, seconds: Step.switchSidesSeconds, side: side, set: 1)
                }
                for set in 1...step.sets(on: side) {
                    if set > 1 && step.rest > 0 {
                        append(template, phase: .rest, seconds: step.rest, side: side, set: set)
                    }
                    units.append(WorkUnit(
                        routineIndex: routineIndex, stepIndex: stepIndex, side: side, set: set,
                        plannedSeconds: step.setSeconds, firstSegment: segments.count))
                    addWork(step, template: template, side: side, set: set)
                }
            }
        }

        private mutating func addWork(_ step: Step, template: Segment, side: Side?, set: Int) {
            let unit = units.count - 1
            switch step.load {
            case .seconds(let seconds):
                append(template, phase: Self.phase(of: step.kind), seconds: seconds, side: side, set: set, unit: unit)
            case .reps(let count, let tempo):
                var segment = template
                segment.reps = count
                segment.tempo = tempo
                append(segment, phase: .reps, seconds: count * tempo, side: side, set: set, unit: unit)
            case .breathe(let pattern, let cycles):
                let phases: [(Segment.Phase, Int)] = [
                    (.breatheIn, pattern.inhale), (.breatheTopUp, pattern.topUp), (.breatheHold, pattern.hold),
                    (.breatheOut, pattern.exhale), (.breatheHoldAfter, pattern.holdAfter),
                ]
                for cycle in 1...cycles {
                    for (phase, seconds) in phases where seconds > 0 {
                        var segment = template
                        segment.cycle = cycle
                        segment.cycles = cycles
                        append(segment, phase: phase, seconds: seconds, side: side, set: set, unit: unit)
                    }
                }
            }
        }

        private mutating func append(
            _ template: Segment, phase: Segment.Phase, seconds: Int, side: Side?, set: Int, unit: Int? = nil
        ) {
            var segment = template
            segment.phase = phase
            segment.seconds = seconds
            segment.side = side
            segment.set = set
            segment.unit = unit
            segments.append(segment)
        }

        static func phase(of kind: StepKind) -> Segment.Phase {
            switch kind {
            case .prepare: .getReady
            case .rest: .rest
            case .walk: .walk
            case .hold, .reps, .breathe: .hold
            }
        }
    }
}
