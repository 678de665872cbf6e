import Foundation
import Testing
@testable import LimberCore

@Suite("The summary after a session")
struct SessionSummaryTests {
    let start = Date(timeIntervalSince1970: 1_772_442_000)

    func session(_ day: LocalDay, steps: [(String, Int, StepStatus, Int)], planned: [(String, Int)] = [], pain: (Int?, Int?) = (nil, nil)) -> LoggedSession {
        let record = SessionRecord(day: day, plannedRoutines: [], startedAt: start, painBefore: pain.0, painAfter: pain.1)
        return LoggedSession(
            session: record,
            steps: steps.map {
                StepResult(sessionID: record.id, routineID: $0.0, stepIndex: 0, stepName: "Hold", setNumber: $0.1, plannedSeconds: 30,
                           doneSeconds: $0.3, status: $0.2, startedAt: start, endedAt: start)
            },
            plannedSets: planned.enumerated().map {
                PlannedSet(sessionID: record.id, position: $0.offset, routineID: $0.element.0, stepIndex: 0, stepName: "Hold",
                           side: nil, setNumber: $0.element.1, plannedSeconds: 30)
            })
    }

    @Test("sets done, cut short and never reached; the time; pain before and after; days in a row")
    func summary() {
        let today = session(
            "2026-03-04", steps: [("a", 1, .done, 30), ("a", 2, .partial, 12), ("b", 1, .skipped, 0)],
            planned: [("a", 1), ("a", 2), ("b", 1), ("c", 1), ("c", 2)], pain: (4, 2))
        let earlier = [
            session("2026-03-03", steps: [("a", 1, .done, 30)]), session("2026-03-02", steps: [("a", 1, .done, 30)]),
            session("2026-02-28", steps: [("a", 1, .done, 30)]), session("2026-03-01", steps: [("a", 1, .skipped, 0)]),
        ]
        #expect(SessionSummary(today, streak: Streak.current(on: "2026-03-04", active: Streak.activeDays(earlier + [today]))).lines == [
            "Sets: 1 done, 1 cut short, 3 not done.", "Time: 42 s.", "Pain: 4 before, 2 after.", "Streak: 3 days in a row.",
        ])
        #expect(SessionSummary(today, streak: Streak.current(on: "2026-03-04", active: Streak.activeDays([today]))).lines.last
            == "Streak: 1 day.")
    }

    @Test("days in a row are counted across months, years and 29 February, and stop at the first day without a session")
    func streakAcrossTheCalendar() {
        let first: LocalDay = "2023-12-30"
        let active = Set((0..<65).map { first.adding(days: $0) })  // to 2024-03-03, 29 February included
        #expect(Streak.days(endingOn: "2024-03-03", active: active) == 65)
        #expect(Streak.days(endingOn: "2024-03-01", active: active) == 63)
        #expect(Streak.current(on: "2024-03-04", active: active) == 65)
        #expect(Streak.current(on: "2024-03-05", active: active) == 0)
        #expect(Streak.days(endingOn: "2024-03-03", active: active.subtracting(["2024-02-29"])) == 3)
        #expect(Streak.days(endingOn: "2023-12-29", active: active) == 0)
    }
}
