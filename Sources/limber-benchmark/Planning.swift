import Foundation
import LimberCore
import LimberStore

/// Planning a year: 365 days over a library of 1,000 routines, from the last year of a ten-year
/// log (365 sessions, 183 walks), for a profile that flags three issues, a weaker side, a
/// condition, 30 minutes and a rest day. In process: building the scheduler (replaying the log
/// for doses) and planning, not reading the log from SQLite.
func measurePlanning(tenYearHome: URL) throws -> Figure {
    let library = ThousandRoutines.make()
    let start = Date(timeIntervalSince1970: 1_714_550_400)
    let profile = Profile(
        day: "2023-01-01", name: "Sam",
        flaggedIssues: ["left-right-imbalance", "prolonged-sitting", "chronic-stress"].map { FlaggedIssue(issue: $0, since: "2023-01-01") },
        conditions: ["knee-problem"], weakerSide: .left, dailyMinutes: 30, equipment: ["mat"], restDays: [.sun], updatedAt: start)
    let log = try AppDatabase(home: tenYearHome)
    let lastYear = try log.sessions(from: "2023-01-01", through: "2023-12-31")
    let reports = try log.selfReports(from: "2023-01-01", through: "2023-12-31")
    var times: [Double] = []
    for _ in 0..<5 {
        let started = monotonicSeconds()
        let scheduler = Scheduler(library: library, profiles: ProfileHistory([profile]), sessions: lastYear, selfReports: reports)
        precondition(scheduler.plan(days: 365, from: "2024-01-01").count == 365)
        times.append(monotonicSeconds() - started)
    }
    return Figure(what: "plan 365 days over 1,000 routines from a year of log, in process (median of 5)", limber: .median(times))
}
