import Foundation
import Testing
@testable import LimberCore

/// The streak and the twelve-week calendar the home screen shows, against hand-counted days.
@Suite("The streak and the adherence calendar")
struct HomeFiguresTests {
    let instant = Date(timeIntervalSince1970: 1_772_442_000)

    /// A session on `day` with one step of `stepStatus` (none when nil).
    func session(_ day: LocalDay, _ status: SessionStatus, played: Bool = true) -> LoggedSession {
        let record = SessionRecord(day: day, plannedRoutines: ["a"], startedAt: instant, endedAt: instant, status: status)
        let steps = played ? [StepResult(sessionID: record.id, routineID: "a", stepIndex: 0, stepName: "Hold", setNumber: 1,
                                         plannedSeconds: 30, doneSeconds: 30, status: .done, startedAt: instant, endedAt: instant)] : []
        return LoggedSession(session: record, steps: steps)
    }

    func profile(from day: LocalDay, rest: [Weekday] = []) -> Profile {
        Profile(day: day, restDays: rest, updatedAt: instant)
    }

    @Test("the streak counts days with something played, and stays alive until today ends")
    func streak() {
        let active = Streak.activeDays([
            session("2026-03-01", .completed), session("2026-02-28", .partial), session("2026-02-27", .completed),
            session("2026-02-26", .skipped, played: false), session("2026-02-25", .completed),
        ])
        #expect(active == ["2026-03-01", "2026-02-28", "2026-02-27", "2026-02-25"])
        // Nothing yet on 2 March: yesterday's run of three still stands.
        #expect(Streak.current(on: "2026-03-02", active: active) == 3)
        #expect(Streak.current(on: "2026-03-02", active: active.union(["2026-03-02"])) == 4)
        // A whole day without a session ends it.
        #expect(Streak.current(on: "2026-03-03", active: active) == 0)
        #expect(Streak.days(endingOn: "2026-02-25", active: active) == 1)
    }

    @Test("each day is done, partial, missed, rest, upcoming or not started; weeks run Monday to Sunday")
    func calendar() {
        // Wednesday 4 March 2026; the patient started on Thursday 26 February with Sundays off.
        let today: LocalDay = "2026-03-04"
        let calendar = AdherenceCalendar(
            today: today,
            sessions: [
                session("2026-02-26", .completed), session("2026-02-27", .interrupted), session("2026-02-28", .skipped, played: false),
                session("2026-03-02", .completed), session("2026-03-01", .completed),
                // Outside the twelve weeks: not looked at.
                session("2025-01-01", .completed),
            ],
            profiles: ProfileHistory([profile(from: "2026-02-26", rest: [.sun])]), weekCount: 2)
        #expect(calendar.firstDay == "2026-02-23")
        #expect(calendar.weeks == [
            // 23-25 before the start; 26 done; 27 played but not completed; 28 skipped = missed; 1 March a rest day, done anyway.
            [.notStarted, .notStarted, .notStarted, .done, .partial, .missed, .done],
            // 2 done; 3 nothing = missed; 4 today, still to do; the rest to come.
            [.done, .missed, .upcoming, .upcoming, .upcoming, .upcoming, .upcoming],
        ])
        #expect(calendar.dueDays == 6)
        #expect(calendar.doneDays == 3)
    }

    @Test("a rest day follows the prescription of its day; a log older than the profile starts the calendar")
    func restDaysOverTime() {
        let calendar = AdherenceCalendar(
            today: "2026-03-08",
            sessions: [session("2026-03-02", .completed)],
            profiles: ProfileHistory([profile(from: "2026-03-04", rest: [.sat]), profile(from: "2026-03-07", rest: [.wed])]),
            weekCount: 1)
        // From the first session on 2 March; Saturday the 7th was no longer a rest day; Wednesday
        // the 4th was not one yet; Sunday the 8th is today.
        #expect(calendar.weeks == [[.done, .missed, .missed, .missed, .missed, .missed, .upcoming]])
        #expect(AdherenceCalendar(today: "2026-03-08", sessions: [], profiles: ProfileHistory([]), weekCount: 1).weeks
            == [[.notStarted, .notStarted, .notStarted, .notStarted, .notStarted, .notStarted, .upcoming]])
    }
}
