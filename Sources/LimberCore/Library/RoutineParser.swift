import Foundation
import Yams

/// Reads one routine file (DESIGN §4) into a `Routine`, reporting every problem in the file.
/// Checks that need the rest of the library (targets, conditions, progressions, duplicates,
/// safety) live in `RoutineSetChecker`.
struct RoutineParser {
    /// Where each parsed routine's parts stand in its file, for checks made after parsing.
    struct Located {
        var routine: Routine
        var path: String
        var idMark: Mark?
        var progressesToMark: Mark?
        var targetMarks: [Mark?]
        var avoidWithMarks: [Mark?]
        var nameMark: Mark?
        /// Where each step's name is, in step order.
        var stepNameMarks: [Mark?]
    }

    static let routineKeys = [
        "id", "name", "family", "summary", "targets", "avoid-with", "equipment", "level", "progresses-to",
        "no-progression", "cautions", "stop-if", "forceful", "steps",
    ]
    static let stepKeys = [
        "name", "kind", "seconds", "sets", "rest", "sides", "cue", "reps", "tempo", "pattern", "cycles",
        "progress", "weaker-side-extra-sets",
    ]
    /// Keys that make sense only for a hold or a reps step.
    static let setKeys = ["sets", "rest", "sides", "progress", "weaker-side-extra-sets"]
    static let patternKeys = ["inhale", "top-up", "hold", "exhale", "hold-after"]
    /// Longer than this, a step is a typo (or not something to do unattended).
    static let longestStepSeconds = 3600
    static let secondsRange = 1...longestStepSeconds
    static let repsRange = 1...200
    /// More extra sets than this would turn a nudge toward the weaker side into a different plan.
    static let weakerSideExtraSetsRange = 1...3

    let reader: YAMLReader

    init(path: String) {
        reader = YAMLReader(path: path)
    }

    /// The routine, or nil when the file has any error; diagnostics are in `reader`.
    func parse(_ data: Data) -> Located? {
        guard let root = reader.root(of: data),
            let fields = reader.fields(root, of: "the routine", allowed: Self.routineKeys)
        else { return nil }

        let idNode = fields.required("id")
        let id = idNode.flatMap { routineID($0, key: "id") }
        let nameNode = fields.required("name")
        let name = nameNode.flatMap { reader.string($0, key: "name") }
        let family = fields.required("family").flatMap {
            reader.choice($0, key: "family", as: Family.self, what: "family")
        }
        let summary = fields.optional("summary").flatMap { reader.string($0, key: "summary") }
        let targets = fields.optional("targets").flatMap { reader.strings($0, key: "targets") } ?? []
        let avoidWith = fields.optional("avoid-with").flatMap { reader.strings($0, key: "avoid-with") } ?? []
        let equipment = fields.optional("equipment").flatMap { node in
            reader.items(node, key: "equipment")?.compactMap {
                reader.choice($0, key: "equipment", as: Equipment.self, what: "equipment")
            }
        } ?? []
        let level = fields.optional("level").flatMap { reader.int($0, key: "level", in: 1...10) } ?? 1
        let progressesNode = fields.optional("progresses-to")
        let progressesTo = progressesNode.flatMap { routineID($0, key: "progresses-to") }
        let noProgressionNode = fields.optional("no-progression")
        let noProgression = noProgressionNode.flatMap { reader.string($0, key: "no-progression") }
        if let noProgressionNode, progressesNode != nil {
            reader.error(
                "'no-progression' says why there is no next routine, but 'progresses-to' names one; keep one of them",
                at: noProgressionNode)
        }
        let cautions = fields.optional("cautions").flatMap { reader.strings($0, key: "cautions") } ?? []
        let stopIf = fields.optional("stop-if").flatMap { reader.string($0, key: "stop-if") }
        let forceful = fields.optional("forceful").flatMap { reader.bool($0, key: "forceful") } ?? false
        let stepsNode = fields.required("steps")
        let steps = stepsNode.flatMap(parseSteps) ?? []

        guard reader.diagnostics.isEmpty, let id, let name, let family else { return nil }
        let routine = Routine(
            id: id, name: name, family: family, summary: summary, targets: targets.map(\.0),
            avoidWith: avoidWith.map(\.0), equipment: equipment, level: level, progressesTo: progressesTo,
            noProgression: noProgression,
            cautions: cautions.map(\.0), stopIf: stopIf, forceful: forceful, steps: steps)
        return Located(
            routine: routine, path: reader.path, idMark: idNode?.mark,
            progressesToMark: progressesNode?.mark, targetMarks: targets.map(\.1.mark),
            avoidWithMarks: avoidWith.map(\.1.mark),
            nameMark: nameNode?.mark, stepNameMarks: stepsNode?.sequence?.map { $0["name"]?.mark } ?? [])
    }

    private func routineID(_ node: Node, key: String) -> String? {
        guard let id = reader.string(node, key: key) else { return nil }
        guard Self.isLowerCaseDashed(id) else {
            reader.error("'\(key)' must be lower-case letters and digits joined by dashes, found '\(id)'", at: node)
            return nil
        }
        return id
    }

    /// `[a-z0-9]+(-[a-z0-9]+)*`, checked by hand: a regex literal is compiled on every use,
    /// and this runs for every id of the library at each start.
    static func isLowerCaseDashed(_ id: String) -> Bool {
        let parts = id.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
        }
    }

    private func parseSteps(_ node: Node) -> [Step]? {
        guard let items = reader.items(node, key: "steps") else { return nil }
        if items.isEmpty {
            reader.error("the routine has no steps", at: node)
        }
        return items.enumerated().compactMap { index, item in parseStep(item, number: index + 1) }
    }

    private func parseStep(_ node: Node, number: Int) -> Step? {
        let what = "step \(number)"
        guard let fields = reader.fields(node, of: what, allowed: Self.stepKeys) else { return nil }
        let name = fields.required("name").flatMap { reader.string($0, key: "name") }
        let kindNode = fields.required("kind")
        let kind = kindNode.flatMap { reader.choice($0, key: "kind", as: StepKind.self, what: "step kind") }
        let sets = fields.optional("sets").flatMap { reader.int($0, key: "sets", in: 1...20) } ?? 1
        let rest = fields.optional("rest").flatMap { reader.int($0, key: "rest", in: 0...600) } ?? 0
        let sides = fields.optional("sides").flatMap {
            reader.choice($0, key: "sides", as: Sides.self, what: "sides")
        }
        let cue = fields.optional("cue").flatMap { reader.string($0, key: "cue") }
        guard let kind, let kindNode else { return nil }
        guard let load = parseLoad(fields, kind: kind, what: what) else { return nil }

        guard kind == .hold || kind == .reps else {
            for key in Self.setKeys {
                if let extra = fields.optional(key) {
                    reader.error("'\(key)' applies only to hold and reps steps, not to a \(kind.rawValue) step", at: extra)
                }
            }
            return name.flatMap { tooLong(Step(name: $0, kind: kind, load: load, cue: cue), what: what, at: kindNode) }
        }
        let progressNode = fields.optional("progress")
        let progress = progressNode.flatMap { parseProgress($0, from: load, what: what) }
        let extraSets = fields.optional("weaker-side-extra-sets").flatMap { node -> Int? in
            guard let count = reader.int(node, key: "weaker-side-extra-sets", in: Self.weakerSideExtraSetsRange)
            else { return nil }
            // A step whose sides value was misspelt has its own error already.
            if sides != .both && (sides != nil || fields.optional("sides") == nil) {
                reader.error("'weaker-side-extra-sets' needs 'sides: both': only a step done on each side has a weaker side", at: node)
            }
            return count
        } ?? 0
        guard let name else { return nil }
        let step = Step(
            name: name, kind: kind, load: load, sets: sets, rest: rest, sides: sides, cue: cue, progress: progress,
            weakerSideExtraSets: extraSets)
        guard let step = tooLong(step, what: what, at: kindNode) else { return nil }
        if let progressNode, step.fullyGrown.totalSeconds > Self.longestStepSeconds {
            reader.error(
                "\(what) would last \(step.fullyGrown.totalSeconds) seconds at its 'up-to' dose; a step may last at most \(Self.longestStepSeconds)",
                at: progressNode)
            return nil
        }
        return step
    }

    /// The step, or nil with an error at its kind when all its sets, rests and sides take too long.
    private func tooLong(_ step: Step, what: String, at kindNode: Node) -> Step? {
        guard step.totalSeconds > Self.longestStepSeconds else { return step }
        reader.error(
            "\(what) lasts \(step.totalSeconds) seconds with its sets, rests and sides; a step may last at most \(Self.longestStepSeconds)",
            at: kindNode)
        return nil
    }

    /// `{by: N, up-to: M}` in the unit of the step's load: seconds for a hold, reps for reps.
    private func parseProgress(_ node: Node, from load: Step.Load, what: String) -> DoseProgress? {
        let (start, unit, range): (Int, String, ClosedRange<Int>)
        switch load {
        case .seconds(let seconds): (start, unit, range) = (seconds, "seconds", Self.secondsRange)
        case .reps(let count, _): (start, unit, range) = (count, "reps", Self.repsRange)
        case .breathe: return nil
        }
        guard let fields = reader.fields(node, of: "the progress of \(what)", allowed: ["by", "up-to"]) else { return nil }
        let byNode = fields.required("by")
        let by = byNode.flatMap { reader.int($0, key: "by", in: range) }
        let upToNode = fields.required("up-to")
        let upTo = upToNode.flatMap { reader.int($0, key: "up-to", in: range) }
        guard let by, let upTo, let byNode, let upToNode else { return nil }
        guard upTo > start else {
            reader.error("'up-to' must be more than the step's starting \(start) \(unit), found \(upTo)", at: upToNode)
            return nil
        }
        guard by <= upTo - start else {
            reader.error(
                "'by' must be at most \(upTo - start), the whole growth from \(start) to \(upTo) \(unit), found \(by)",
                at: byNode)
            return nil
        }
        return DoseProgress(by: by, upTo: upTo)
    }

    /// What one set asks for; each kind takes its own keys and rejects the others'.
    private func parseLoad(_ fields: Fields, kind: StepKind, what: String) -> Step.Load? {
        let keysByLoad: [String] =
            switch kind {
            case .reps: ["reps", "tempo"]
            case .breathe: ["pattern", "cycles"]
            default: ["seconds"]
            }
        for key in ["seconds", "reps", "tempo", "pattern", "cycles"] where !keysByLoad.contains(key) {
            if let extra = fields.optional(key) {
                fields.reader.error("'\(key)' does not apply to a \(kind.rawValue) step", at: extra)
            }
        }
        switch kind {
        case .reps:
            let count = fields.required("reps").flatMap { reader.int($0, key: "reps", in: Self.repsRange) }
            let tempo = fields.required("tempo").flatMap { reader.int($0, key: "tempo", in: 1...60) }
            guard let count, let tempo else { return nil }
            return .reps(count: count, tempo: tempo)
        case .breathe:
            let pattern = fields.required("pattern").flatMap(parsePattern)
            let cycles = fields.required("cycles").flatMap { reader.int($0, key: "cycles", in: 1...200) }
            guard let pattern, let cycles else { return nil }
            return .breathe(pattern, cycles: cycles)
        case .prepare, .hold, .rest, .walk:
            return fields.required("seconds").flatMap { reader.int($0, key: "seconds", in: Self.secondsRange) }
                .map(Step.Load.seconds)
        }
    }

    private func parsePattern(_ node: Node) -> BreathPattern? {
        guard let fields = reader.fields(node, of: "the breathing pattern", allowed: Self.patternKeys)
        else { return nil }
        func phase(_ key: String) -> Int? {
            fields.optional(key).flatMap { reader.int($0, key: key, in: 0...60) }
        }
        let inhale = phase("inhale") ?? 0
        let topUp = phase("top-up") ?? 0
        let exhale = phase("exhale") ?? 0
        if inhale == 0 {
            reader.error("the breathing pattern has no in-breath: 'inhale' must be at least 1 second", at: node)
        }
        if exhale == 0 {
            reader.error("the breathing pattern has no out-breath: 'exhale' must be at least 1 second", at: node)
        }
        guard inhale > 0, exhale > 0 else { return nil }
        return BreathPattern(
            inhale: inhale, topUp: topUp, hold: phase("hold") ?? 0, exhale: exhale, holdAfter: phase("hold-after") ?? 0)
    }
}
