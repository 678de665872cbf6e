import Foundation
import LimberCore
import LimberStore

/// The clinician's review at scale (issue 13): one patient with ten years of daily sessions,
/// and 500 patients with a year each, each read from its own SQLite log in one snapshot and
/// reviewed over the whole period. Aims: under 200 ms and under 3 s.
enum ReviewBench {
    static func run(workspace: URL, tenYears: LogContents, report: (String, String) -> Void) throws {
        let clock = ContinuousClock()
        func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
            var times: [Double] = []
            for _ in 0..<runs { times.append(milliseconds(try clock.measure(body))) }
            return times.sorted()[runs / 2]
        }
        let safety = SafetyCatalog()

        let decade = workspace.appendingPathComponent("review-decade")
        _ = try AppDatabase(home: decade).merge(withPlans(tenYears))
        let decadeTime = try median(5) {
            let contents = try LogOpening.snapshot(at: decade)
            _ = PatientReview(contents: contents, patient: "sam", source: decade.path, from: "2014-01-01", to: "2023-12-31",
                              today: "2024-01-01", safety: safety)
        }
        report("review one patient, ten years of daily sessions (median of 5)", String(format: "%.0f ms", decadeTime))
        let contents = try LogOpening.snapshot(at: decade)
        report("  of which reading the log in one snapshot", String(format: "%.0f ms", try median(5) { _ = try LogOpening.snapshot(at: decade) }))
        report("  of which the review itself", String(format: "%.0f ms", median(5) {
            _ = PatientReview(contents: contents, patient: "sam", source: decade.path, from: "2014-01-01", to: "2023-12-31",
                              today: "2024-01-01", safety: safety)
        }))

        // A year of log made once, then copied into 500 data folders.
        var year = withPlans(tenYears)
        let lastYear = Set(year.sessions.filter { $0.day >= "2023-01-01" }.map(\.id))
        year.sessions.removeAll { !lastYear.contains($0.id) }
        year.steps.removeAll { !lastYear.contains($0.sessionID) }
        year.plannedSets.removeAll { !lastYear.contains($0.sessionID) }
        year.selfReports.removeAll { $0.day < "2023-01-01" }
        let first = workspace.appendingPathComponent("clinic/patient-0")
        _ = try AppDatabase(home: first).merge(year)
        let homes = (0..<500).map { workspace.appendingPathComponent("clinic/patient-\($0)") }
        for home in homes.dropFirst() {
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: first.appendingPathComponent("limber.sqlite"), to: home.appendingPathComponent("limber.sqlite"))
        }
        let clinicTime = try median(3) {
            let reviews = try LogOpening.reviews(
                of: homes, from: "2023-01-01", to: "2023-12-31", today: "2024-01-01", safety: safety, label: \.lastPathComponent)
            _ = ClinicSummary.ordered(reviews)
        }
        report("review 500 patients, a year each, with the clinic summary (median of 3)", String(format: "%.0f ms", clinicTime))
    }

    /// The log as a session writes it today: each session's sets planned before they were played.
    static func withPlans(_ contents: LogContents) -> LogContents {
        var planned = contents
        var positions: [String: Int] = [:]
        planned.plannedSets = contents.steps.map { step in
            let position = positions[step.sessionID, default: 0]
            positions[step.sessionID] = position + 1
            return PlannedSet(sessionID: step.sessionID, position: position, routineID: step.routineID, stepIndex: step.stepIndex,
                              stepName: step.stepName, side: step.side, setNumber: step.setNumber, plannedSeconds: step.plannedSeconds)
        }
        return planned
    }
}
