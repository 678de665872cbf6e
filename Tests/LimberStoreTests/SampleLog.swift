import Foundation
import LimberCore

/// Hand-made instants and records, so tests never read the clock.
enum Sample {
    /// 2024-05-01 08:00:00 UTC.
    static let morning = Date(timeIntervalSince1970: 1_714_550_400)

    static func at(_ seconds: TimeInterval, after start: Date = morning) -> Date {
        start.addingTimeInterval(seconds)
    }

    static func step(
        of sessionID: String, _ index: Int, routine: String = "cat-camel", side: Side? = nil, set: Int = 1,
        done: Int = 30, status: StepStatus = .done, endingAt end: Date
    ) -> StepResult {
        StepResult(
            sessionID: sessionID, routineID: routine, stepIndex: index, stepName: "Step \(index)", side: side,
            setNumber: set, plannedSeconds: 30, doneSeconds: done, status: status,
            startedAt: end.addingTimeInterval(-Double(done)), endedAt: end)
    }

    /// A log with a profile, `days` daily sessions of `stepsPerSession` steps from 2014-01-01,
    /// a self-report of each kind, a screening with a red flag and its clearance.
    static func fill(_ store: some LogStore, days: Int, stepsPerSession: Int = 3) throws {
        let firstDay = Date(timeIntervalSince1970: 1_388_566_800)  // 2014-01-01 09:00 UTC
        let utc = TimeZone(identifier: "UTC")!
        try store.saveProfile(Profile(
            day: "2014-01-01", name: "Sam", flaggedIssues: [FlaggedIssue(issue: "prolonged-sitting", since: "2014-01-01")],
            dailyMinutes: 15, equipment: ["mat"], restDays: [.sun], updatedAt: firstDay))
        for day in 0..<days {
            let start = firstDay.addingTimeInterval(Double(day) * 86_400 + 0.123)
            let id = try store.beginSession(
                day: LocalDay(containing: start, in: utc), plannedRoutines: ["cat-camel", "knee-rolls"], startedAt: start)
            try store.setPainBefore(4, sessionID: id)
            for index in 0..<stepsPerSession {
                try store.recordStep(step(
                    of: id, index, routine: index % 2 == 0 ? "cat-camel" : "knee-rolls",
                    side: index % 2 == 0 ? nil : .left, endingAt: at(Double(30 * (index + 1)), after: start)))
            }
            try store.finishSession(
                id: id, status: .completed, endedAt: at(Double(30 * stepsPerSession + 5), after: start), painAfter: 2,
                effort: .aboutRight)
        }
        let reportDay = firstDay.addingTimeInterval(3600)
        for report in [
            SelfReport.crack(at: reportDay, note: "after work"),
            .activity(.swim, minutes: 40, at: reportDay.addingTimeInterval(1)),
            .pain(3, at: reportDay.addingTimeInterval(2)),
            .stiffness(minutes: 45, at: reportDay.addingTimeInterval(3)),
            .symptom("long-morning-stiffness", at: reportDay.addingTimeInterval(4)),
        ] {
            try store.record(report)
        }
        try store.record(Screening(symptoms: ["fever"], at: reportDay.addingTimeInterval(5), in: utc))
        try store.record(Clearance(symptom: "fever", by: "Dr Lee, GP", at: reportDay.addingTimeInterval(6), in: utc))
    }
}
