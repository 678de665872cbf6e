import Foundation
import LimberCore

/// A small log whose review figures are worked out by hand in ReviewTests: nine days from
/// Monday 2026-02-02 to Tuesday 2026-02-10, Sundays off, two routines a session ("a": two
/// sets of 30 s; "b": one of 60 s).
///
/// | day | what | counts as |
/// |---|---|---|
/// | Mon 02-02 | completed, pain 4 → 2 | completed |
/// | Tue 02-03 | nothing; a crack | missed |
/// | Wed 02-04 | ended early: a1 done, a2 cut short at 12 s, b never reached; pain 5 → 3; a crack | partial |
/// | Thu 02-05 | completed, a1 played twice (cut short at 10 s, then in full); a crack | completed |
/// | Fri 02-06 | completed, from 23:50 to 00:20 on Saturday | completed (Friday's) |
/// | Sat 02-07 | nothing | missed |
/// | Sun 02-08 | completed on the rest day | extra, not planned |
/// | Mon 02-09 | interrupted after a1 | partial |
/// | Tue 02-10 | nothing | missed |
public enum ReviewFixture {
    public static let from: LocalDay = "2026-02-02"
    public static let to: LocalDay = "2026-02-10"
    public static let today: LocalDay = "2026-03-02"
    static let utc = TimeZone(identifier: "UTC")!

    public static let safety = SafetyCatalog(
        redFlags: [Symptom(id: "saddle-numbness", question: "Numbness around the saddle area?", advice: "Seek urgent care.", urgency: .emergency)],
        assessmentPatterns: [Symptom(id: "repeated-self-cracking", question: "Cracking your back often?", advice: "Book an assessment.")])

    /// A played set: routine, set number, seconds planned, seconds done, status.
    public typealias Played = (routine: String, set: Int, planned: Int, done: Int, status: StepStatus)

    static let plan: [(String, Int, Int)] = [("a", 1, 30), ("a", 2, 30), ("b", 1, 60)]
    static let full: [Played] = [("a", 1, 30, 30, .done), ("a", 2, 30, 30, .done), ("b", 1, 60, 60, .done)]

    public static func instant(_ text: String) -> Date { LogTime.date(text)! }

    public static var contents: LogContents {
        var log = LogContents(profileChanges: [
            Profile(day: "2026-02-01", name: "Sam Lee", dailyMinutes: 15, restDays: [.sun], updatedAt: instant("2026-02-01T08:00:00.000Z")),
        ])
        add(&log, at: "2026-02-02T09:00:00.000Z", .completed, full, pain: (4, 2))
        add(&log, at: "2026-02-04T09:00:00.000Z", .partial, [("a", 1, 30, 30, .done), ("a", 2, 30, 12, .partial)], pain: (5, 3))
        add(&log, at: "2026-02-05T09:00:00.000Z", .completed, [("a", 1, 30, 10, .partial)] + full)
        add(&log, at: "2026-02-06T23:50:00.000Z", .completed, full)
        add(&log, at: "2026-02-08T09:00:00.000Z", .completed, full)
        add(&log, at: "2026-02-09T09:00:00.000Z", .interrupted, [("a", 1, 30, 30, .done)])
        for day in ["2026-02-03", "2026-02-04", "2026-02-05"] {
            log.selfReports.append(SelfReport.crack(at: instant("\(day)T20:00:00.000Z"), in: utc, note: "twisted \u{1B}[31m"))
        }
        log.selfReports.append(SelfReport.stiffness(minutes: 20, at: instant("2026-02-03T07:00:00.000Z"), in: utc))
        log.selfReports.append(SelfReport.activity(.walk, minutes: 30, at: instant("2026-02-03T18:00:00.000Z"), in: utc))
        log.selfReports.append(SelfReport.activity(.walk, minutes: 45, at: instant("2026-02-07T18:00:00.000Z"), in: utc))
        log.selfReports.append(SelfReport.activity(.swim, minutes: 20, at: instant("2026-02-10T18:00:00.000Z"), in: utc))
        log.selfReports.append(SelfReport.pain(3, at: instant("2026-02-07T12:00:00.000Z"), in: utc))
        return log
    }

    /// Adds a session started at `start` with the fixture's plan and `played` in order, one
    /// minute apart.
    public static func add(
        _ log: inout LogContents, at start: String, _ status: SessionStatus, _ played: [Played], pain: (Int?, Int?) = (nil, nil)
    ) {
        let started = instant(start)
        let session = SessionRecord(
            day: LocalDay(containing: started, in: utc), plannedRoutines: ["a", "b"], startedAt: started,
            endedAt: started.addingTimeInterval(Double(played.count) * 600), status: status, painBefore: pain.0, painAfter: pain.1)
        log.sessions.append(session)
        log.plannedSets += plan.enumerated().map { position, set in
            PlannedSet(sessionID: session.id, position: position, routineID: set.0, stepIndex: 0, stepName: "Hold", side: nil,
                       setNumber: set.1, plannedSeconds: set.2)
        }
        log.steps += played.enumerated().map { index, set in
            let begun = started.addingTimeInterval(Double(index) * 600)
            return StepResult(
                sessionID: session.id, routineID: set.routine, stepIndex: 0, stepName: "Hold", setNumber: set.set,
                plannedSeconds: set.planned, doneSeconds: set.done, status: set.status, startedAt: begun,
                endedAt: begun.addingTimeInterval(Double(set.done)))
        }
    }

    public static func review(_ contents: LogContents = contents, from: LocalDay = from, to: LocalDay = to, today: LocalDay = today) -> PatientReview {
        PatientReview(contents: contents, patient: "home", source: "/clinic/sam", from: from, to: to, today: today, safety: safety)
    }
}
