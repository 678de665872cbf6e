import Foundation
import LimberTestSupport
import Testing
@testable import LimberCore

/// The review's assessment alerts (StandingAssessments, a few binary searches a day) against
/// the rules run on every day of the period over their windows (`AssessmentAlerts.on`), over
/// seeded random logs: the same alerts, worded alike, raised on the same day, open alike.
struct StandingAssessmentsTests {
    static let safety = SafetyCatalog(assessmentPatterns: [
        "recurring-tightness", "relief-never-lasts", "strong-pain-with-exercise", "long-morning-stiffness",
        "repeated-self-cracking",
    ].map { Symptom(id: $0, question: "", advice: "Advice for \($0).") })
    static let start: LocalDay = "2025-01-01"

    /// The review's listing, day by day: an alert on the day its pattern begins to stand, closed
    /// on the day it no longer does.
    static func dayByDay(first: LocalDay, last: LocalDay, sessions: [SessionRecord], reports: [SelfReport]) -> [ReviewAlert] {
        var alerts: [ReviewAlert] = []
        var standing: [String: Int] = [:]
        for number in first.dayNumber...last.dayNumber {
            var now: [String: Int] = [:]
            for alert in AssessmentAlerts.on(LocalDay(dayNumber: number), sessions: sessions, reports: reports, safety: safety) {
                if let index = standing[alert.pattern] {
                    now[alert.pattern] = index
                } else {
                    alerts.append(ReviewAlert(
                        kind: alert.kind, pattern: alert.pattern, message: alert.message, date: alert.date, open: true))
                    now[alert.pattern] = alerts.count - 1
                }
            }
            for (pattern, index) in standing where now[pattern] == nil { alerts[index].open = false }
            standing = now
        }
        return alerts
    }

    /// A log of `days` days: sessions with pain before and after (some unrated), pain and
    /// stiffness reports and cracks, each as likely as the log's own odds; some sessions (up to
    /// one in three) started two days before the day they are logged on, as for a patient who
    /// crossed time zones (days out of the order of starts).
    static func randomLog(days: Int, using random: inout SeededRandom) -> (sessions: [SessionRecord], reports: [SelfReport]) {
        let odds = (0..<4).map { _ in Double.random(in: 0.01...0.9, using: &random) }
        // Some logs are mostly relief that does not last: pain high before, lower after, high again.
        let reliefFades = Double.random(in: 0...1, using: &random) < 0.4
        let travels = Double.random(in: 0...0.3, using: &random)
        var sessions: [SessionRecord] = [], reports: [SelfReport] = []
        func pain() -> Int? {
            if Double.random(in: 0...1, using: &random) < 0.15 { return nil }
            return reliefFades && Double.random(in: 0...1, using: &random) < 0.95
                ? Int.random(in: 5...8, using: &random) : Int.random(in: 0...8, using: &random)
        }
        for offset in 0..<days {
            let day = start.adding(days: offset)
            let morning = day.midnightUTC.addingTimeInterval(8 * 3600)
            for _ in 0..<(Double.random(in: 0...1, using: &random) < odds[0] ? Int.random(in: 1...2, using: &random) : 0) {
                let before = pain()
                let travelled = Double.random(in: 0...1, using: &random) < travels ? -2 * 86_400.0 : 0
                sessions.append(SessionRecord(
                    day: day, plannedRoutines: [], startedAt: morning.addingTimeInterval(Double.random(in: 0...50_000, using: &random) + travelled),
                    status: .completed, painBefore: before, painAfter: reliefFades ? before.map { $0 - Int.random(in: 1...3, using: &random) } : pain()))
            }
            if Double.random(in: 0...1, using: &random) < odds[1] {
                reports.append(SelfReport(
                    day: day, recordedAt: morning.addingTimeInterval(Double.random(in: -20_000...50_000, using: &random)), kind: .pain,
                    pain: pain() ?? 0))
            }
            if Double.random(in: 0...1, using: &random) < odds[2] {
                reports.append(SelfReport(
                    day: day, recordedAt: morning, kind: .stiffness, minutes: [10, 29, 30, 45].randomElement(using: &random)!))
            }
            for _ in 0..<(Double.random(in: 0...1, using: &random) < odds[3] ? Int.random(in: 1...2, using: &random) : 0) {
                reports.append(SelfReport(day: day, recordedAt: morning.addingTimeInterval(3600), kind: .crack))
            }
        }
        // In the review's order (PatientReview).
        return (sessions.sorted { ($0.day, $0.startedAt, $0.id) < ($1.day, $1.startedAt, $1.id) },
                reports.sorted { ($0.day, $0.recordedAt, $0.id) < ($1.day, $1.recordedAt, $1.id) })
    }

    @Test func theSameAlertsAsTheRulesDayByDay() {
        var random = SeededRandom(seed: 20261201)
        var patterns = Set<String>()
        var closed = 0
        for _ in 0..<300 {
            let days = Int.random(in: 1...160, using: &random)
            let log = Self.randomLog(days: days, using: &random)
            // The period: the whole log, or a part of it, or running on past its end.
            let first = Self.start.adding(days: Int.random(in: -5...days, using: &random))
            let last = first.adding(days: Int.random(in: 0...days, using: &random))
            let review = ReviewSafety(
                first: first, last: last, sessions: log.sessions, reports: log.reports, screenings: [], clearances: [],
                safety: Self.safety)
            let expected = Self.dayByDay(first: first, last: last, sessions: log.sessions, reports: log.reports)
            #expect(review.alerts == expected, "period \(first)...\(last) of a log of \(days) days")
            patterns.formUnion(expected.map(\.pattern))
            closed += expected.filter { !$0.open }.count
        }
        // The logs reach every rule, and alerts that stop standing.
        #expect(patterns.count == 5)
        #expect(closed > 20)
    }

    /// Three cracks the week before the period: the alert stands on its first day, though no
    /// record enters or leaves a window that day, and stops once they are a week old.
    @Test func anAlertStandingOnTheFirstDayIsListed() {
        let first = Self.start.adding(days: 10)
        let cracks = (0..<3).map { _ in
            SelfReport(day: Self.start.adding(days: 6), recordedAt: Self.start.adding(days: 6).midnightUTC, kind: .crack)
        }
        let review = ReviewSafety(
            first: first, last: first.adding(days: 20), sessions: [], reports: cracks, screenings: [], clearances: [],
            safety: Self.safety)
        #expect(review.alerts.map { "\($0.pattern) \($0.date) \($0.open)" } == ["repeated-self-cracking 2025-01-07 false"])
    }
}
