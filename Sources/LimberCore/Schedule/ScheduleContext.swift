/// The facts about one patient's prescription that the scheduler asks over and over, worked
/// out once: which routines they may do, which issues each one targets (as a bit mask), the
/// ladders routines form.
struct Context {
    let library: RoutineLibrary
    let profile: Profile
    /// Seeds the variety, so two patients on the same day do not get the same picks.
    let patient: String
    let ladders: Ladders
    private let routinesByID: [String: Routine]
    private let issueBits: [String: Int]
    let flaggedMask: UInt64
    /// Left-right imbalance flagged with a weaker side: sided work, with its extra sets.
    let weakerSideWork: Bool

    /// Issues a walk works on, whatever its file's targets say.
    static let walkingIssues = ["low-daily-movement", "prolonged-sitting"]
    static let leftRight = "left-right-imbalance"

    init(library: RoutineLibrary, profile: Profile, patient: String) {
        self.library = library
        self.profile = profile
        self.patient = patient
        ladders = Ladders(library.routines)
        routinesByID = Dictionary(library.routines.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var bits: [String: Int] = [:]
        for issue in library.issues.prefix(64) { bits[issue.id] = bits.count }
        issueBits = bits
        flaggedMask = profile.issueIDs.reduce(0) { $0 | (bits[$1].map { UInt64(1) << $0 } ?? 0) }
        weakerSideWork = profile.weakerSide != nil && profile.issueIDs.contains(Self.leftRight)
    }

    func routine(id: String) -> Routine? { routinesByID[id] }

    func mask(of issues: [String]) -> UInt64 {
        issues.reduce(0) { $0 | (issueBits[$1].map { UInt64(1) << $0 } ?? 0) }
    }

    /// The issues a routine works on: its targets, and for a walk the walking issues.
    func targets(_ routine: Routine) -> [String] {
        routine.family == .walk ? routine.targets + Self.walkingIssues.filter { !routine.targets.contains($0) } : routine.targets
    }

    func targetMask(of routine: Routine) -> UInt64 { mask(of: targets(routine)) }

    /// Never equipment the patient lacks, never a routine that avoids one of their conditions.
    func allows(_ routine: Routine) -> Bool {
        routine.equipment.allSatisfy { profile.equipment.contains($0.rawValue) }
            && !routine.avoidWith.contains(where: profile.conditions.contains)
    }

    func issueName(_ id: String) -> String {
        library.issues.first { $0.id == id }?.name.lowercased() ?? id
    }

    /// Each ladder's routine at the patient's rung and dose; a rung they may not do gives way
    /// to the nearest easier one they may.
    func candidates(doses: [String: DoseState]) -> [Candidate] {
        ladders.roots.compactMap { root -> Candidate? in
            let state = doses[root] ?? DoseState(routineID: root)
            var rungID: String? = state.routineID
            var notches = state.notches
            var note = state.note
            while let id = rungID, let rung = routine(id: id) {
                if allows(rung) { return candidate(rung, notches: notches, note: note) }
                rungID = ladders.below[id]
                notches = rungID.flatMap { routine(id: $0) }.map(DoseRules.maxNotches) ?? 0
                note = nil
            }
            return nil
        }
    }

    private func candidate(_ routine: Routine, notches: Int, note: DoseNote?) -> Candidate {
        var dosed = DoseRules.dosed(routine, notches: notches).routine
        var extra = 0
        if weakerSideWork, let side = profile.weakerSide {
            for index in dosed.steps.indices where dosed.steps[index].sides == .both && dosed.steps[index].weakerSideExtraSets > 0 {
                dosed.steps[index].weakerSide = side
                extra = max(extra, dosed.steps[index].weakerSideExtraSets)
            }
        }
        return Candidate(
            routine: dosed, seconds: dosed.seconds, targets: targetMask(of: routine), sided: routine.steps.contains { $0.sides != nil },
            note: note, extraSets: extra)
    }

    func reason(_ rule: PickReason.Rule, _ candidate: Candidate, overdue: UInt64) -> PickReason {
        let flagged = profile.issueIDs.filter { candidate.targets & mask(of: [$0]) != 0 }
        return PickReason(
            rule: rule, issues: flagged.map(issueName),
            overdue: flagged.filter { overdue & mask(of: [$0]) != 0 }.map(issueName), dose: candidate.note,
            extraSets: candidate.extraSets > 0 ? profile.weakerSide.map { ($0, candidate.extraSets) } : nil)
    }
}

/// A routine the patient may be given today, at their dose.
struct Candidate {
    var routine: Routine
    /// The routine's length at this dose, worked out once.
    var seconds: Int
    var targets: UInt64
    var sided: Bool
    var note: DoseNote?
    var extraSets: Int
}

/// The ladders `progresses-to` makes: each routine's first rung, and the rung below each.
struct Ladders {
    /// Routines no other routine leads to, in id order: one per ladder.
    let roots: [String]
    let root: [String: String]
    let below: [String: String]

    init(_ routines: [Routine]) {
        let ids = Set(routines.map(\.id))
        var below: [String: String] = [:]
        for routine in routines {
            if let next = routine.progressesTo, ids.contains(next), below[next] == nil, next != routine.id {
                below[next] = routine.id
            }
        }
        var root: [String: String] = [:]
        for routine in routines {
            var current = routine.id
            var seen: Set<String> = [current]
            while let lower = below[current], seen.insert(lower).inserted { current = lower }
            root[routine.id] = current
        }
        self.below = below
        self.root = root
        roots = routines.map(\.id).filter { root[$0] == $0 }
    }
}
