import Foundation
import LimberCore

/// A patient's daily sessions from 2014-01-01 (ten years: 3650 sessions) of eight steps (four
/// routines, each side once), pain before and after, and a self-report every other day.
enum TenYearLog {
    /// The day of the first session.
    static let firstDay: LocalDay = "2014-01-01"
    /// The days of ten years of it.
    static let tenYears = 3650

    /// The day of the last session of a log of `days` days.
    static func lastDay(days: Int) -> LocalDay { firstDay.adding(days: days - 1) }

    static func make(days: Int = tenYears) -> LogContents {
        let firstMorning = Date(timeIntervalSince1970: 1_388_566_800)  // 2014-01-01 09:00 UTC
        let utc = TimeZone(identifier: "UTC")!
        let routines = ["cat-camel", "knee-rolls", "dead-bug", "hip-flexor-kneeling"]
        var contents = LogContents(profileChanges: [Profile(
            day: firstDay, name: "Sam", flaggedIssues: [FlaggedIssue(issue: "prolonged-sitting", since: firstDay)],
            dailyMinutes: 15, equipment: ["mat"], restDays: [.sun], updatedAt: firstMorning)])
        for day in 0..<days {
            let start = firstMorning.addingTimeInterval(Double(day) * 86_400)
            let session = SessionRecord(
                day: LocalDay(containing: start, in: utc), plannedRoutines: routines, startedAt: start,
                endedAt: start.addingTimeInterval(600), status: .completed, painBefore: day % 6, painAfter: day % 4,
                effort: .aboutRight)
            contents.sessions.append(session)
            for index in 0..<8 {
                let ended = start.addingTimeInterval(Double(60 * (index + 1)))
                contents.steps.append(StepResult(
                    sessionID: session.id, routineID: routines[index / 2], stepIndex: index % 2, stepName: "Hold",
                    side: index % 2 == 0 ? .left : .right, setNumber: 1, plannedSeconds: 45, doneSeconds: 45,
                    status: .done, startedAt: ended.addingTimeInterval(-45), endedAt: ended))
            }
            if day % 2 == 0 {
                contents.selfReports.append(SelfReport.activity(.walk, minutes: 30, at: start.addingTimeInterval(3600)))
            }
        }
        return contents
    }
}
