// limber-bench: how fast the adherence log is, with figures for docs/performance.md.
//
//   swift run -c release limber-bench [FOLDER]
//
// Works in a fresh folder inside FOLDER (default: the temporary folder), so run it on the disk
// whose figures you want; the folder is removed afterwards.
import Foundation
import LimberCore
import LimberStore

let parent = URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? NSTemporaryDirectory())
let workspace = parent.appendingPathComponent("limber-bench-\(UUID().uuidString)")
defer { try? FileManager.default.removeItem(at: workspace) }

let clock = ContinuousClock()

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func report(_ what: String, _ value: String) {
    print("| \(what) | \(value) |")
}

print("| what | time |")
print("|---|---|")

// 1. One step, durably: each write is a transaction that reaches the disk before it returns.
let stepStore = try AppDatabase(home: workspace.appendingPathComponent("steps"))
let start = Date(timeIntervalSince1970: 1_714_550_400)
let sessionID = try stepStore.beginSession(day: "2024-05-01", plannedRoutines: ["cat-camel"], startedAt: start)
var stepTimes: [Double] = []
for index in 0..<200 {
    let step = StepResult(
        sessionID: sessionID, routineID: "cat-camel", stepIndex: index % 8, stepName: "Hold", setNumber: 1 + index / 8,
        plannedSeconds: 30, doneSeconds: 30, status: .done, startedAt: start.addingTimeInterval(Double(index * 30)),
        endedAt: start.addingTimeInterval(Double(index * 30 + 30)))
    stepTimes.append(milliseconds(try clock.measure { try stepStore.recordStep(step) }))
}
stepTimes.sort()
report("record one step durably (median of 200)", String(format: "%.2f ms", stepTimes[stepTimes.count / 2]))
report("record one step durably (90th percentile)", String(format: "%.2f ms", stepTimes[stepTimes.count * 9 / 10]))

// 2. Ten years of daily sessions: 3650 sessions of 8 steps, a self-report every other day.
let tenYears = TenYearLog.make()
let original = try AppDatabase(home: workspace.appendingPathComponent("original"))
report("merge ten years into an empty log (one transaction)", String(format: "%.0f ms", milliseconds(try clock.measure {
    _ = try original.merge(tenYears)
})))

let file = workspace.appendingPathComponent("ten-years.jsonl")
report("export ten years", String(format: "%.0f ms", milliseconds(try clock.measure {
    try ExportFile.write(original.exportJSONLines(exportedAt: Date()), to: file)
})))
let size = try (FileManager.default.attributesOfItem(atPath: file.path)[.size] as! NSNumber).intValue
report("export file size", String(format: "%.1f MB, %d lines", Double(size) / 1_000_000,
    try String(contentsOf: file, encoding: .utf8).split(separator: "\n").count))

let moved = try AppDatabase(home: workspace.appendingPathComponent("moved"))
report("import ten years into a fresh home", String(format: "%.0f ms", milliseconds(try clock.measure {
    _ = try moved.merge(LogArchive.decode(ExportFile.read(file), path: file.path))
})))
report("import the same file again (adds nothing)", String(format: "%.0f ms", milliseconds(try clock.measure {
    _ = try moved.merge(LogArchive.decode(ExportFile.read(file), path: file.path))
})))
report("read ten years of sessions with their steps", String(format: "%.0f ms", milliseconds(try clock.measure {
    _ = try moved.sessions(from: "2000-01-01", through: "2100-01-01")
})))
report("read the last 14 days (history)", String(format: "%.2f ms", milliseconds(try clock.measure {
    _ = try moved.sessions(from: "2023-12-18", through: "2023-12-31")
})))

guard try moved.contents() == original.contents() else {
    FileHandle.standardError.write(Data("error: the imported log differs from the original\n".utf8))
    exit(1)
}

// 3. Planning: a year of days over a library of 1,000 routines, from the last year of the log.
let library = ThousandRoutines.make()
let planProfile = Profile(
    day: "2023-01-01", name: "Sam",
    flaggedIssues: ["left-right-imbalance", "prolonged-sitting", "chronic-stress"].map { FlaggedIssue(issue: $0, since: "2023-01-01") },
    conditions: ["knee-problem"], weakerSide: .left, dailyMinutes: 30, equipment: ["mat"], restDays: [.sun], updatedAt: start)
let lastYear = try moved.sessions(from: "2023-01-01", through: "2023-12-31")
let lastYearReports = try moved.selfReports(from: "2023-01-01", through: "2023-12-31")
var planTimes: [Double] = []
var plannedDays = 0
for _ in 0..<5 {
    planTimes.append(milliseconds(clock.measure {
        let scheduler = Scheduler(
            library: library, profiles: ProfileHistory([planProfile]), sessions: lastYear, selfReports: lastYearReports)
        plannedDays = scheduler.plan(days: 365, from: "2024-01-01").count
    }))
}
planTimes.sort()
report("plan 365 days, 1,000 routines, a year of log (median of 5, \(plannedDays) days)", String(format: "%.1f ms", planTimes[2]))

// 4. The clinician's review over generated logs (ReviewBench.swift).
try ReviewBench.run(workspace: workspace, tenYears: tenYears, report: report)
