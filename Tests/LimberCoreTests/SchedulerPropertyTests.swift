import Foundation
import Testing
@testable import LimberCore

/// The scheduler's rules, checked over generated libraries, profiles and fortnights.
@Suite("Scheduler properties")
struct SchedulerPropertyTests {
    static let seeds = Array(UInt64(0)..<200)
    /// Each seed's case, made once for all the properties.
    static let cases = Dictionary(uniqueKeysWithValues: seeds.map { ($0, make($0)) })
    static let first: LocalDay = "2026-03-02"

    struct Case {
        var library: RoutineLibrary
        var profile: Profile
        var plans: [DayPlan]
        var scheduler: Scheduler
    }

    static func make(_ seed: UInt64) -> Case {
        var random = SeededGenerator(seed: seed)
        let library = Generated.library(count: Int.random(in: 30...80, using: &random), using: &random)
        let profile = Generated.profile(using: &random)
        let scheduler = Scheduler(library: library, profiles: ProfileHistory([profile]), sessions: [], selfReports: [])
        return Case(library: library, profile: profile, plans: scheduler.plan(days: 14, from: first), scheduler: scheduler)
    }

    static func allowed(_ routine: Routine, _ profile: Profile) -> Bool {
        routine.equipment.allSatisfy { profile.equipment.contains($0.rawValue) }
            && !routine.avoidWith.contains(where: profile.conditions.contains)
    }

    @Test("never over the minutes; at least 80% of them when the library has enough short routines", arguments: seeds)
    func budget(seed: UInt64) {
        let made = Self.cases[seed]!
        let allowed = made.library.routines.filter { Self.allowed($0, made.profile) && $0.family != .breathing }
        for plan in made.plans {
            #expect(plan.seconds <= plan.minutes * 60, "seed \(seed) \(plan.day)")
            let plenty = allowed.map(\.seconds).reduce(0, +) >= 3 * plan.minutes * 60
            if plan.kind == .regular && plenty && plan.minutes >= 10 {
                #expect(Double(plan.seconds) >= 0.8 * Double(plan.minutes * 60), "seed \(seed) \(plan.day): \(plan.seconds) s of \(plan.minutes) min")
            }
        }
    }

    @Test("never a routine needing missing equipment or avoiding one of the patient's conditions", arguments: seeds)
    func equipmentAndConditions(seed: UInt64) {
        let made = Self.cases[seed]!
        for plan in made.plans {
            for pick in plan.routines {
                #expect(Self.allowed(pick.routine, made.profile), "seed \(seed) \(plan.day) \(pick.routine.id)")
            }
        }
    }

    @Test("opens with mobility or breathing and ends with breathing", arguments: seeds)
    func bookends(seed: UInt64) {
        for plan in Self.cases[seed]!.plans where plan.kind == .regular && plan.routines.count >= 2 {
            #expect([Family.mobility, .breathing].contains(plan.routines.first!.routine.family), "seed \(seed) \(plan.day)")
            #expect(plan.routines.last!.routine.family == .breathing, "seed \(seed) \(plan.day)")
        }
    }

    @Test("every flagged issue is worked at least every other day", arguments: seeds)
    func coverage(seed: UInt64) {
        let made = Self.cases[seed]!
        guard made.profile.minutes >= 20 else { return }
        let context = Context(library: made.library, profile: made.profile, patient: "")
        // A routine higher up a ladder is earned, not given: only the first rungs count on day one.
        let reachable = made.profile.issueIDs.filter { issue in
            context.candidates(doses: [:]).contains { context.targets($0.routine).contains(issue) }
        }
        for (yesterday, today) in zip(made.plans, made.plans.dropFirst()) where today.kind == .regular {
            let worked = Set((yesterday.routines + today.routines).flatMap { context.targets($0.routine) })
            for issue in reachable {
                #expect(worked.contains(issue), "seed \(seed): \(issue) not worked on \(yesterday.day) or \(today.day)")
            }
        }
    }

    @Test("the same inputs give the same plans, and the plans vary from day to day", arguments: seeds)
    func determinismAndVariety(seed: UInt64) {
        let made = Self.cases[seed]!
        #expect(made.scheduler.plan(days: 14, from: Self.first) == made.plans, "seed \(seed)")
        let regular = made.plans.filter { $0.kind == .regular }.map { $0.routines.map(\.routine.id) }
        #expect(Set(regular).count > 1 || regular.count < 2, "seed \(seed): every day the same")
    }

    @Test("no main routine on two days running when others are there to take its place", arguments: seeds)
    func noRepeatOfYesterdaysMain(seed: UInt64) {
        let made = Self.cases[seed]!
        let alternatives = made.library.routines.filter { Self.allowed($0, made.profile) && $0.family != .breathing }.count
        func mains(_ plan: DayPlan) -> Set<String> {
            Set(plan.routines.filter { ![.opener, .closer].contains($0.reason.rule) }.map(\.routine.id))
        }
        for (yesterday, today) in zip(made.plans, made.plans.dropFirst()) where today.kind == .regular {
            guard alternatives >= 3 * (mains(yesterday).count + mains(today).count) else { continue }
            #expect(mains(yesterday).isDisjoint(with: mains(today)), "seed \(seed) \(today.day)")
        }
    }
}
