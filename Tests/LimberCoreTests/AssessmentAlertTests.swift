import Foundation
import Testing
@testable import LimberCore

/// Each assessment-advised rule at its threshold, just under it and just over it.
struct AssessmentAlertTests {
    static let today: LocalDay = "2026-04-30"
    static let utc = TimeZone(identifier: "UTC")!
    static let safety = SafetyCatalog(assessmentPatterns: [
        Symptom(id: "repeated-self-cracking", question: "", advice: "Book an assessment."),
    ])

    /// 08:00 UTC `daysAgo` days before today, `minutes` later.
    static func instant(_ daysAgo: Int, _ minutes: Double = 0) -> Date {
        Date(timeIntervalSince1970: 1_777_536_000 - Double(daysAgo) * 86_400 + minutes * 60)
    }

    static func session(_ daysAgo: Int, before: Int?, after: Int?) -> SessionRecord {
        SessionRecord(
            day: today.adding(days: -daysAgo), plannedRoutines: ["cat-camel"], startedAt: instant(daysAgo),
            status: .completed, painBefore: before, painAfter: after)
    }

    static func alerts(sessions: [SessionRecord] = [], reports: [SelfReport] = []) -> [AssessmentAlert] {
        AssessmentAlerts.on(today, sessions: sessions, reports: reports, safety: safety)
    }

    static func patterns(sessions: [SessionRecord] = [], reports: [SelfReport] = []) -> [String] {
        alerts(sessions: sessions, reports: reports).map(\.pattern)
    }

    @Test func theInstantsFallOnTheirDays() {
        #expect(LocalDay(containing: Self.instant(0), in: Self.utc) == Self.today)
    }

    @Test(arguments: [(21, false), (22, true), (23, true)])
    func tightnessOrPainOnMostDaysForSixWeeks(days: Int, alerts: Bool) {
        // Every other day back from today, half as pain reports and half as stiffness or sessions.
        let offsets = (0..<days).map { $0 * 41 / max(days - 1, 1) }
        let reports = offsets.enumerated().compactMap { index, daysAgo -> SelfReport? in
            index % 3 == 0 ? .pain(2, at: Self.instant(daysAgo), in: Self.utc)
                : index % 3 == 1 ? .stiffness(minutes: 10, at: Self.instant(daysAgo), in: Self.utc) : nil
        }
        let sessions = offsets.enumerated().compactMap { index, daysAgo in
            index % 3 == 2 ? Self.session(daysAgo, before: 3, after: 0) : nil
        }
        #expect(Set(offsets).count == days)
        #expect(Self.patterns(sessions: sessions, reports: reports).contains("recurring-tightness") == alerts)
    }

    @Test func painOfZeroAndDaysBeforeTheSixWeeksDoNotCount() {
        let zero = (0..<30).map { SelfReport.pain(0, at: Self.instant($0), in: Self.utc) }
        #expect(Self.patterns(reports: zero) == [])
        let old = (21..<43).map { SelfReport.stiffness(minutes: 5, at: Self.instant($0), in: Self.utc) }
        #expect(Self.patterns(reports: old) == [], "day 42 back is outside the 42 days ending today")
        #expect(Self.patterns(reports: Array(old.dropLast()) + [.pain(1, at: Self.instant(0), in: Self.utc)])
                == ["recurring-tightness"])
    }

    /// A session on each of `days` (days ago) that eased the pain from 5 to 2, and the pain
    /// logged the next morning as `nextMorning`.
    static func relief(on days: [Int], nextMorning: [Int: Int] = [:]) -> (sessions: [SessionRecord], reports: [SelfReport]) {
        (days.map { session($0, before: 5, after: 2) },
         days.map { SelfReport.pain(nextMorning[$0] ?? 5, at: instant($0 - 1, -60), in: utc) })
    }

    @Test(arguments: [(12, false), (13, true), (14, true)])
    func reliefThatNeverLastsForTwoWeeks(firstDaysAgo: Int, alerts: Bool) {
        // From `firstDaysAgo` days ago through today, when the pain was last back: 13, 14 or 15 days.
        let log = Self.relief(on: [firstDaysAgo, 9, 5, 1])
        let found = Self.alerts(sessions: log.sessions, reports: log.reports).filter { $0.pattern == "relief-never-lasts" }
        #expect(found.map(\.date) == (alerts ? [Self.today] : []))
        if alerts {
            let first = Self.today.adding(days: -firstDaysAgo)
            #expect(found[0].message == "Your pain eased after sessions but was back by the next day, every time from \(first) to \(Self.today).")
        }
    }

    @Test func reliefThatLastedOnceEndsTheRunAndAnUnratedNextDayIsNotCounted() {
        let returned = Self.relief(on: [14, 9, 5, 1])
        #expect(Self.patterns(sessions: returned.sessions, reports: returned.reports) == ["relief-never-lasts"])
        let lasted = Self.relief(on: [14, 9, 5, 1], nextMorning: [1: 1])
        #expect(Self.patterns(sessions: lasted.sessions, reports: lasted.reports) == [], "the pain stayed down this morning")
        let unrated = Self.relief(on: [14, 9, 5, 1])
        #expect(Self.patterns(sessions: unrated.sessions + [Self.session(0, before: 5, after: 2)], reports: unrated.reports)
                == ["relief-never-lasts"], "today's session has no next day yet")
    }

    @Test(arguments: [(5, false), (6, true), (7, true)])
    func painOfSixOrMoreAroundASession(pain: Int, alerts: Bool) {
        #expect(Self.patterns(sessions: [Self.session(3, before: 2, after: pain)]).contains("strong-pain-with-exercise") == alerts)
        #expect(Self.patterns(sessions: [Self.session(3, before: pain, after: nil)]).contains("strong-pain-with-exercise") == alerts)
    }

    @Test func strongPainMoreThanAWeekAgoIsNotRaised() {
        #expect(Self.patterns(sessions: [Self.session(7, before: 8, after: 8)]) == [])
        let found = Self.alerts(sessions: [Self.session(6, before: 8, after: 7)])
        #expect(found.map(\.message) == ["You rated your pain 8/10 around your session on 2026-04-24."])
    }

    @Test(arguments: [(29, 3, 13, false), (30, 2, 13, false), (30, 3, 13, true), (31, 4, 13, true), (30, 3, 14, false)])
    func morningStiffnessOfThirtyMinutesOnThreeDaysInFourteen(minutes: Int, days: Int, oldest: Int, alerts: Bool) {
        // The oldest stiff morning `oldest` days ago (13 is the first of the 14 days), the rest today and after it.
        let reports = (0..<days).map { index in
            SelfReport.stiffness(minutes: minutes, at: Self.instant(index == 0 ? oldest : index - 1), in: Self.utc)
        }
        #expect(Self.patterns(reports: reports).contains("long-morning-stiffness") == alerts)
    }

    @Test(arguments: [(2, 6, false), (3, 6, true), (4, 6, true), (3, 7, false)])
    func threeOrMoreCracksInSevenDays(cracks: Int, oldest: Int, alerts: Bool) {
        let reports = (0..<cracks).map { index in
            SelfReport.crack(at: Self.instant(index == 0 ? oldest : 0, Double(index)), in: Self.utc)
        }
        let found = Self.alerts(reports: reports)
        #expect(found.map(\.pattern) == (alerts ? ["repeated-self-cracking"] : []))
        if alerts {
            #expect(found[0] == AssessmentAlert(
                pattern: "repeated-self-cracking",
                message: "You logged \(cracks) back cracks in the last 7 days. Book an assessment.", date: Self.today))
            #expect(found[0].kind == "assessment-advised")
        }
    }
}
