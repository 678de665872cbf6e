import Foundation
import Testing
@testable import LimberCore

/// Progression and regression, from logs made by playing the scheduler's own plans day after day.
@Suite("Dose progression and regression")
struct DoseProgressionTests {
    static let stretch = "front-back-imbalance"
    /// A ladder of two stretches (30 s growing by 5 to 40 s, then the harder one), and the bookends.
    static let library: RoutineLibrary = {
        func hold(_ id: String, level: Int, next: String?) -> Routine {
            Routine(
                id: id, name: id == "stretch-a" ? "Easy stretch" : "Hard stretch", family: .stretch, targets: [stretch],
                level: level, progressesTo: next,
                steps: [Step(name: "Stretch", kind: .hold, load: .seconds(30), sets: 2, rest: 10, sides: .both,
                             progress: DoseProgress(by: 5, upTo: 40), weakerSideExtraSets: 1)])
        }
        let routines = [
            hold("stretch-a", level: 1, next: "stretch-b"), hold("stretch-b", level: 2, next: nil),
            Routine(id: "cat-camel", name: "Cat-camel", family: .mobility, steps: [Step(name: "Rock", kind: .reps, load: .reps(count: 6, tempo: 4))]),
            Routine(id: "sigh", name: "Cyclic sighing", family: .breathing,
                    steps: [Step(name: "Breathe", kind: .breathe, load: .breathe(BreathPattern(inhale: 4, exhale: 6), cycles: 6))]),
            Routine(id: "walk", name: "Easy walk", family: .walk, steps: [Step(name: "Walk", kind: .walk, load: .seconds(300))]),
        ]
        let shipped = ShippedLibraryTests.library
        return RoutineLibrary(routines: routines, issues: shipped.issues, conditions: shipped.conditions, safety: shipped.safety)
    }()
    static let first: LocalDay = "2026-03-02"
    static let profile = Profile(
        day: "2026-03-01", flaggedIssues: [FlaggedIssue(issue: stretch, since: "2026-03-01")], dailyMinutes: 5,
        updatedAt: Date(timeIntervalSince1970: 1_772_352_000))

    struct Outcome {
        var painBefore: Int? = 2
        var painAfter: Int? = 2
        var effort: Effort? = .aboutRight
        var completed = true
    }

    /// Plays each day's plan, day after day, until the stretch has been played once with each
    /// outcome (it is not given two days running); returns the plan for the next day with it.
    static func play(_ outcomes: [Outcome], profile: Profile = profile) -> (plan: DayPlan, log: [LoggedSession]) {
        var log: [LoggedSession] = []
        var remaining = outcomes[...]
        var day = first
        func plan() -> DayPlan {
            Scheduler(library: library, profiles: ProfileHistory([profile]), sessions: log, selfReports: []).plan(for: day)
        }
        while true {
            let today = plan()
            let hasStretch = stretchPick(today) != nil
            if hasStretch && remaining.isEmpty { return (today, log) }
            let outcome = hasStretch ? remaining.removeFirst() : Outcome()
            let start = Date(timeIntervalSince1970: 1_772_438_400 + Double(log.count) * 86_400)
            let session = SessionRecord(
                day: day, plannedRoutines: today.routines.map(\.routine.id), startedAt: start, endedAt: start + 600,
                status: .completed, painBefore: outcome.painBefore, painAfter: outcome.painAfter, effort: outcome.effort)
            let steps = today.routines.map {
                StepResult(sessionID: session.id, routineID: $0.routine.id, stepIndex: 0, stepName: "Step", plannedSeconds: 30,
                           doneSeconds: outcome.completed ? 30 : 10, status: outcome.completed ? .done : .partial,
                           startedAt: start, endedAt: start + 30)
            }
            log.append(LoggedSession(session: session, steps: steps))
            day = day.adding(days: 1)
        }
    }

    static func stretchPick(_ plan: DayPlan) -> PlannedRoutine? {
        plan.routines.first { $0.routine.family == .stretch }
    }

    static func holdSeconds(_ pick: PlannedRoutine?) -> Int? {
        pick?.routine.steps.first?.setSeconds
    }

    @Test("three easy sessions grow the hold by its step, with the reason said")
    func grows() throws {
        let pick = try #require(Self.stretchPick(Self.play(Array(repeating: Outcome(), count: 3)).plan))
        #expect(pick.routine.id == "stretch-a")
        #expect(Self.holdSeconds(pick) == 35)
        #expect(pick.reason.text == "targets front-back imbalance, not worked yesterday; stretch hold grew to 35 s after 3 easy sessions")
    }

    @Test("at the top of its dose, three more easy sessions bring the harder routine")
    func movesUp() throws {
        let pick = try #require(Self.stretchPick(Self.play(Array(repeating: Outcome(), count: 9)).plan))
        #expect(pick.routine.id == "stretch-b")
        #expect(Self.holdSeconds(pick) == 30)
        #expect(pick.reason.text.hasSuffix("replaces Easy stretch after 3 easy sessions at its top dose"))
    }

    @Test("pain up by 2, pain of 6 or a session too hard brings back the previous dose", arguments: [
        (Outcome(painBefore: 2, painAfter: 4), "pain rose from 2 to 4"),
        (Outcome(painBefore: 6, painAfter: 6), "pain of 6/10"),
        (Outcome(effort: .tooHard), "a session rated too hard"),
    ])
    func eases(outcome: Outcome, cause: String) throws {
        let pick = try #require(Self.stretchPick(Self.play(Array(repeating: Outcome(), count: 3) + [outcome]).plan))
        #expect(Self.holdSeconds(pick) == 30)
        #expect(pick.reason.text.hasSuffix("back to an easier dose after \(cause)"))
        let level = try #require(Self.stretchPick(Self.play(Array(repeating: Outcome(), count: 9) + [outcome]).plan))
        #expect(level.routine.id == "stretch-a" && Self.holdSeconds(level) == 40)
        #expect(level.reason.text.hasSuffix("back to Easy stretch after \(cause)"))
    }

    @Test("a session cut short, rated too hard or with pain rising does not count towards growth")
    func notGood() throws {
        let cut = Outcome(completed: false)
        let rising = Outcome(painBefore: 1, painAfter: 2)
        for spoiler in [cut, rising, Outcome(effort: nil)] {
            let pick = Self.stretchPick(Self.play([Outcome(), Outcome(), spoiler, Outcome(), Outcome()]).plan)
            #expect(Self.holdSeconds(pick) == 30)
        }
    }

    @Test("generated logs: the hold is 30 s plus 5 for every three easy sessions in a row, up to 40", arguments: 0..<40)
    func generated(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed))
        let count = Int.random(in: 0...8, using: &random)
        let pick = try #require(Self.stretchPick(Self.play(Array(repeating: Outcome(), count: count)).plan))
        #expect(Self.holdSeconds(pick) == min(40, 30 + 5 * (count / 3)), "after \(count) easy sessions")
    }

    @Test("the weaker side gets its extra set when left-right imbalance is flagged with a side")
    func weakerSide() throws {
        var profile = Self.profile
        profile.flaggedIssues.append(FlaggedIssue(issue: "left-right-imbalance", since: "2026-03-01"))
        profile.weakerSide = .left
        let pick = try #require(Self.stretchPick(Self.play([], profile: profile).plan))
        #expect(pick.routine.steps[0].sets(on: .left) == 3 && pick.routine.steps[0].sets(on: .right) == 2)
        #expect(pick.reason.text == "targets front-back imbalance, not worked yesterday; 1 extra set on the weaker (left) side")
        #expect(SessionPlan(routines: [pick.routine]).units.filter { $0.side == .left }.count == 3)
    }

    @Test("after two missed days the first session back is shorter, and says so")
    func comeback() {
        let log = Self.play([Outcome()]).log
        let later = log.last!.session.day.adding(days: 4)
        let plan = Scheduler(library: Self.library, profiles: ProfileHistory([Self.profile]), sessions: log, selfReports: []).plan(for: later)
        #expect(plan.kind == .comeback && plan.minutes == 5)
        var longer = Self.profile
        longer.dailyMinutes = 20
        let back = Scheduler(library: Self.library, profiles: ProfileHistory([longer]), sessions: log, selfReports: []).plan(for: later)
        #expect(back.minutes == 12 && back.seconds <= 12 * 60)
        #expect(back.warnings.map(\.message) == ["Welcome back after 3 days without a session: today's is shorter (12 min)."])
        var resting = Self.profile
        resting.restDays = [Weekday(of: later.adding(days: -1)), Weekday(of: later.adding(days: -2))]
        let rested = Scheduler(library: Self.library, profiles: ProfileHistory([resting]), sessions: log, selfReports: []).plan(for: later)
        #expect(rested.kind == .regular, "rest days are not missed days")
    }

    @Test("a rest day is a short walk, then breathing")
    func restDay() {
        var profile = Self.profile
        profile.restDays = [Weekday(of: Self.first)]
        profile.dailyMinutes = 30
        let plan = Scheduler(library: Self.library, profiles: ProfileHistory([profile]), sessions: [], selfReports: []).plan(for: Self.first)
        #expect(plan.kind == .rest)
        #expect(plan.minutes == 8)
        #expect(plan.routines.map(\.routine.family) == [.walk, .breathing])
        #expect(plan.routines.map(\.reason.rule) == [.rest, .rest])
    }

    @Test("a walk counts for prolonged sitting: planned as such, and logged the day before it means the issue is not overdue")
    func walksCount() {
        var profile = Self.profile
        profile.flaggedIssues = [FlaggedIssue(issue: "prolonged-sitting", since: "2026-03-01")]
        profile.dailyMinutes = 10
        func plan(_ reports: [SelfReport]) -> DayPlan {
            Scheduler(library: Self.library, profiles: ProfileHistory([profile]), sessions: [], selfReports: reports).plan(for: Self.first)
        }
        let without = plan([])
        #expect(without.routines.first { $0.routine.id == "walk" }?.reason.text == "targets long periods of sitting, not worked yesterday")
        let walked = SelfReport.activity(.walk, minutes: 30, at: Date(timeIntervalSince1970: 1_772_380_800), in: TimeZone(identifier: "UTC")!)
        #expect(walked.day == Self.first.adding(days: -1))
        #expect(plan([walked]).routines.first { $0.routine.id == "walk" }?.reason.text == "targets long periods of sitting")
    }

    @Test("a red flag logged that day stops the plan")
    func redFlag() throws {
        let flag = try #require(ShippedLibraryTests.library.safety.redFlags.first)
        let report = SelfReport(day: Self.first, recordedAt: Date(timeIntervalSince1970: 1_772_438_400), kind: .symptom, symptom: flag.id)
        let plan = Scheduler(library: Self.library, profiles: ProfileHistory([Self.profile]), sessions: [], selfReports: [report]).plan(for: Self.first)
        #expect(plan.stop && plan.routines.isEmpty && plan.warnings.map(\.kind) == ["red-flag"])
    }
}
