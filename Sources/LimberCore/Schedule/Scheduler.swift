/// Picks each day's session from the profile as it stood, the library and the log: a pure,
/// deterministic function (the same inputs give the same plan, on any machine, at any hour).
public struct Scheduler: Sendable {
    public let library: RoutineLibrary
    public let profiles: ProfileHistory
    /// The recent log: sessions and self-reports before the first day planned.
    public let sessions: [LoggedSession]
    public let selfReports: [SelfReport]

    /// Share of the minutes a session should fill at least, where the library allows.
    public static let minimumFill = 0.8
    /// A first session back after this many days or more without one is shorter.
    public static let missedDaysForComeback = 2
    public static let comebackShare = 0.6
    public static let restDayMinutes = 8
    /// How far back the log is read: sessions older than this no longer move a dose.
    public static let daysOfLogRead = 120

    /// The screenings and clearances, for the red-flag stop.
    public let screenings: [Screening]
    public let clearances: [Clearance]

    public init(library: RoutineLibrary, profiles: ProfileHistory, sessions: [LoggedSession], selfReports: [SelfReport],
                screenings: [Screening] = [], clearances: [Clearance] = []) {
        self.library = library
        self.profiles = profiles
        self.sessions = sessions.sorted { ($0.session.day, $0.session.startedAt) < ($1.session.day, $1.session.startedAt) }
        self.selfReports = selfReports
        self.screenings = screenings
        self.clearances = clearances
    }

    /// The plan for `count` days from `first`. Days after the first assume the one before was
    /// played as planned.
    public func plan(days count: Int, from first: LocalDay) -> [DayPlan] {
        let profile = profiles.on(first) ?? Self.unflagged(first)
        let context = Context(library: library, profile: profile, patient: profiles.changes.first?.id ?? "")
        let doses = doseStates(before: first, context: context)
        var yesterday = loggedDay(first.adding(days: -1), context: context)
        var plans: [DayPlan] = []
        var dayContext = context
        var candidates = context.candidates(doses: doses)
        for offset in 0..<max(0, count) {
            let day = first.adding(days: offset)
            let dayProfile = profiles.on(day) ?? profile
            if dayProfile != dayContext.profile {
                dayContext = Context(library: library, profile: dayProfile, patient: context.patient)
                candidates = dayContext.candidates(doses: doses)
            }
            let plan = planDay(day, first: offset == 0, yesterday: yesterday, candidates: candidates, context: dayContext)
            yesterday = DayRecord(
                covered: plan.routines.reduce(0) { $0 | dayContext.targetMask(of: $1.routine) },
                mains: Set(plan.routines.filter { $0.reason.rule != .opener && $0.reason.rule != .closer }.map(\.routine.id)))
            plans.append(plan)
        }
        return plans
    }

    public func plan(for day: LocalDay) -> DayPlan {
        plan(days: 1, from: day)[0]
    }

    /// The profile of a patient nobody has set up yet: nothing flagged, the default minutes.
    static func unflagged(_ day: LocalDay) -> Profile {
        Profile(id: "", day: day, updatedAt: .distantPast)
    }

    // MARK: One day

    /// The red-flag stop on `day`, from the reports, screenings and clearances read for planning
    /// (what a plan of kind `stop` rests on, with its advice).
    public func safetyStop(on day: LocalDay) -> SafetyStop? {
        SafetyStop.on(day, reports: selfReports, screenings: screenings, clearances: clearances, safety: library.safety)
    }

    private func planDay(_ day: LocalDay, first: Bool, yesterday: DayRecord, candidates: [Candidate], context: Context) -> DayPlan {
        var warnings: [PlanWarning] = []
        if profiles.on(day) == nil {
            warnings.append(PlanWarning(kind: "no-profile", message: ProfileText.howToSet))
        }
        let frame = DayFrame(
            day, profile: context.profile,
            stop: safetyStop(on: day),
            gentle: first ? GentleDay.reason(on: day, sessions: sessions.map(\.session), reports: selfReports) : nil,
            lastPlayed: first ? sessions.last(where: { $0.session.day < day && !$0.playedRoutines.isEmpty })?.session.day : nil)
        if frame.stop {
            return DayPlan(day: day, minutes: 0, stop: true, kind: .stop, routines: [], warnings: warnings + frame.warnings)
        }
        if first {
            warnings += AssessmentAlerts.on(day, sessions: sessions.map(\.session), reports: selfReports, safety: library.safety)
                .map { PlanWarning(kind: "assessment-advised", message: $0.message) }
        }
        let reachable = candidates.reduce(UInt64(0)) { $0 | $1.targets }
        for issue in context.profile.issueIDs where reachable & context.mask(of: [issue]) == 0 {
            warnings.append(PlanWarning(
                kind: "issue-not-covered",
                message: "No routine this patient can do targets \(context.issueName(issue)): add one to the library or review the profile."))
        }
        let budget = frame.minutes * 60
        let picks = switch frame.kind {
        case .rest: restSession(candidates, budget: budget, day: day, context: context)
        case .gentle:
            regularSession(candidates.filter { [.mobility, .breathing].contains($0.routine.family) },
                           budget: budget, day: day, yesterday: yesterday, context: context)
        default: regularSession(candidates, budget: budget, day: day, yesterday: yesterday, context: context)
        }
        return DayPlan(day: day, minutes: frame.minutes, stop: false, kind: frame.kind, routines: picks, warnings: warnings + frame.warnings)
    }

    private func regularSession(
        _ candidates: [Candidate], budget: Int, day: LocalDay, yesterday: DayRecord, context: Context
    ) -> [PlannedRoutine] {
        var left = budget
        var covered: UInt64 = 0
        let flagged = context.flaggedMask
        let overdue = flagged & ~yesterday.covered
        // Worked out once a day, by index: hashing is the costly part of choosing.
        var used = [Bool](repeating: false, count: candidates.count)
        let wasMain = candidates.map { yesterday.mains.contains($0.routine.id) }
        let jitter = candidates.map {
            SeededJitter.value(patient: context.patient, day: day, routine: $0.routine.id, range: 16)
        }
        func score(_ index: Int) -> Int {
            let candidate = candidates[index]
            let mask = candidate.targets & flagged
            var score = 40 * (mask & overdue & ~covered).nonzeroBitCount + 10 * (mask & ~covered).nonzeroBitCount
                + 2 * mask.nonzeroBitCount
            if context.weakerSideWork && candidate.sided { score += 15 }
            return score * 16 + jitter[index]
        }
        // The highest score that fits in the time left; ties go to the first id. A bookend (the
        // opener and the closer) loses a point a second, so the time goes to the main work.
        func best(bookend: Bool = false, _ filter: (Int) -> Bool) -> Int? {
            var best: (score: Int, index: Int)?
            for index in candidates.indices where !used[index] && candidates[index].seconds <= left && filter(index) {
                let score = score(index) - (bookend ? candidates[index].seconds : 0)
                if best == nil || score > best!.score { best = (score, index) }
            }
            return best?.index
        }
        func take(_ index: Int, _ rule: PickReason.Rule) -> PlannedRoutine {
            used[index] = true
            left -= candidates[index].seconds
            let reason = context.reason(rule, candidates[index], overdue: overdue & ~covered)
            covered |= candidates[index].targets
            return PlannedRoutine(routine: candidates[index].routine, reason: reason)
        }
        func isFamily(_ family: Family) -> (Int) -> Bool { { candidates[$0].routine.family == family } }
        // The closer is chosen first so that the time for it is kept; it is played last.
        let closer = best(bookend: true, isFamily(.breathing)).map { take($0, .closer) }
        let opener = (best(bookend: true, isFamily(.mobility)) ?? best(bookend: true, isFamily(.breathing))).map { take($0, .opener) }
        var mains: [(pick: PlannedRoutine, index: Int)] = []
        // Each issue not worked yesterday first, then whatever scores best while time is left.
        for bit in 0..<64 where overdue & (1 << bit) != 0 && covered & (1 << bit) == 0 {
            let targets = { (index: Int) in candidates[index].targets & (1 << bit) != 0 }
            if let index = best({ targets($0) && !wasMain[$0] }) ?? best(targets) {
                mains.append((take(index, .coverage), index))
            }
        }
        let fresh = { (index: Int) in candidates[index].routine.family != .breathing && !wasMain[index] }
        while let index = best(fresh) {
            mains.append((take(index, candidates[index].targets & flagged & ~covered != 0 ? .target : .fill), index))
        }
        // Short of the minimum: a routine that only fills time gives way to a longer one that fits.
        let minimum = Int(Double(budget) * Self.minimumFill)
        var swapped = true
        while budget - left < minimum && swapped {
            swapped = false
            for slot in mains.indices.reversed() where mains[slot].pick.reason.rule == .fill {
                let old = mains[slot].index
                let room = left + candidates[old].seconds
                let longer = candidates.indices.filter {
                    !used[$0] && fresh($0) && candidates[$0].seconds > candidates[old].seconds && candidates[$0].seconds <= room
                }.max { (candidates[$0].seconds, $1) < (candidates[$1].seconds, $0) }
                guard let longer else { continue }
                used[old] = false
                left += candidates[old].seconds
                mains[slot] = (take(longer, .fill), longer)
                swapped = true
                break
            }
        }
        return [opener].compactMap { $0 } + mains.map(\.pick) + [closer].compactMap { $0 }
    }

    private func restSession(_ candidates: [Candidate], budget: Int, day: LocalDay, context: Context) -> [PlannedRoutine] {
        var left = budget
        var picks: [PlannedRoutine] = []
        // Breathing is chosen first, so that it fits; it is played last, after the walk.
        for family in [Family.breathing, .walk] {
            let fitting = candidates.filter { $0.routine.family == family && $0.seconds <= left }
            guard let pick = fitting.min(by: {
                (SeededJitter.value(patient: context.patient, day: day, routine: $0.routine.id, range: 1000), $0.routine.id)
                    < (SeededJitter.value(patient: context.patient, day: day, routine: $1.routine.id, range: 1000), $1.routine.id)
            }) else { continue }
            left -= pick.seconds
            picks.append(PlannedRoutine(routine: pick.routine, reason: context.reason(.rest, pick, overdue: 0)))
        }
        return picks.reversed()
    }

    // MARK: The log

    /// What the log says was worked on `day`: routines played, and walks logged.
    private func loggedDay(_ day: LocalDay, context: Context) -> DayRecord {
        let played = sessions.filter { $0.session.day == day }.flatMap(\.playedRoutines)
        var covered = played.compactMap { context.routine(id: $0) }.reduce(UInt64(0)) { $0 | context.targetMask(of: $1) }
        if selfReports.contains(where: { $0.day == day && $0.activity == .walk }) {
            covered |= context.mask(of: Context.walkingIssues)
        }
        return DayRecord(covered: covered, mains: Set(played))
    }

    /// Each ladder's rung and dose after replaying the sessions before `day`, oldest first.
    private func doseStates(before day: LocalDay, context: Context) -> [String: DoseState] {
        var states: [String: DoseState] = [:]
        let since = day.adding(days: -Self.daysOfLogRead)
        for logged in sessions where logged.session.day >= since && logged.session.day < day {
            for routineID in Set(logged.playedRoutines).sorted() {
                guard let root = context.ladders.root[routineID] else { continue }
                var state = states[root] ?? DoseState(routineID: root)
                guard state.routineID == routineID, let routine = context.routine(id: routineID) else { continue }
                switch DoseRules.outcome(of: logged, routineID: routineID) {
                case .neutral:
                    state.goodInARow = 0
                case .bad(let cause):
                    state.goodInARow = 0
                    if state.notches > 0 {
                        state.notches -= 1
                        state.note = .eased(cause: cause, to: "an easier dose")
                    } else if let easier = context.ladders.below[routineID], let easierRoutine = context.routine(id: easier) {
                        state = DoseState(
                            routineID: easier, notches: DoseRules.maxNotches(easierRoutine),
                            note: .eased(cause: cause, to: easierRoutine.name))
                    }
                case .good:
                    state.goodInARow += 1
                    guard state.goodInARow >= DoseRules.goodSessionsToGrow else { break }
                    state.goodInARow = 0
                    if state.notches < DoseRules.maxNotches(routine) {
                        state.notches += 1
                        state.note = DoseRules.dosed(routine, notches: state.notches).grown.map {
                            .grew(step: $0.step, to: $0.to, after: DoseRules.goodSessionsToGrow)
                        }
                    } else if let harder = routine.progressesTo, let next = context.routine(id: harder), context.allows(next) {
                        state = DoseState(routineID: harder, note: .movedUp(from: routine.name, after: DoseRules.goodSessionsToGrow))
                    }
                }
                states[root] = state
            }
        }
        return states
    }
}

/// What a day's session worked: the issues (as a mask) and the main routines.
struct DayRecord {
    var covered: UInt64
    var mains: Set<String>
}
