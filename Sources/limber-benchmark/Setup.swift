import Foundation
import LimberCore
import LimberStore

/// The routines the measurements play: a hold long enough for the idle window, ten minutes
/// (and one, for --quick) of many segments for the drift, so lateness at any boundary would
/// add up, and one second to make the patient's first session.
let benchRoutines = [
    "bench-hold": """
        id: bench-hold
        name: Bench long hold
        family: stretch
        steps:
          - {name: Long hold, kind: hold, seconds: 300}
        """,
    // 10 + 305 + 95 + 100 + 90 s
    "bench-drift-600": """
        id: bench-drift-600
        name: Bench ten minutes
        family: stretch
        steps:
          - {name: Get ready, kind: prepare, seconds: 10}
          - {name: Holds, kind: hold, seconds: 30, sets: 4, rest: 10, sides: both}
          - {name: Reps, kind: reps, reps: 10, tempo: 4, sets: 2, rest: 15}
          - {name: Breathing, kind: breathe, pattern: {inhale: 4, hold: 2, exhale: 4}, cycles: 10}
          - {name: Walk, kind: walk, seconds: 90}
        """,
    // 5 + (2 x 10 + 5) x 2 + 5 s
    "bench-drift-60": """
        id: bench-drift-60
        name: Bench one minute
        family: stretch
        steps:
          - {name: Get ready, kind: prepare, seconds: 5}
          - {name: Holds, kind: hold, seconds: 10, sets: 2, rest: 5, sides: both}
        """,
    "bench-tiny": """
        id: bench-tiny
        name: Bench one second
        family: stretch
        steps:
          - {name: Hold, kind: hold, seconds: 1}
        """,
]

/// Writes the routines and makes the patient every launch is copied from.
func prepare(_ bench: Bench) throws {
    try FileManager.default.createDirectory(at: bench.routines, withIntermediateDirectories: true)
    for (id, text) in benchRoutines {
        try Data(text.utf8).write(to: bench.routines.appendingPathComponent("\(id).yaml"))
    }
    let environment = bench.environment(home: bench.patient, routines: bench.routines)
    for arguments in [["profile", "set", "--name", "Sam", "--minutes", "15"], ["screen", "--none"],
                      ["start", "--plain", "--routine", "bench-tiny"]] {
        let run = try Spawn.capture([bench.limber] + arguments, environment: environment)
        guard run.status == 0 else {
            throw Spawn.Failed(description: "limber \(arguments.joined(separator: " ")) exited with \(run.status): \(run.output)")
        }
    }
    // The library cache keeps only files at least a second old (see LibraryCache).
    Thread.sleep(forTimeInterval: 1.1)
}

/// A patient's log of `days` daily sessions (TenYearLog), in a patient folder of its own.
func patientWithLog(_ bench: Bench, name: String, days: Int) throws -> URL {
    let home = try bench.home(name)
    try writeLog(days: days, into: home)
    return home
}

/// `days` daily sessions of TenYearLog merged into the log of the patient folder `home`.
func writeLog(days: Int, into home: URL) throws {
    _ = try AppDatabase(home: home).merge(TenYearLog.make(days: days))
}

/// The review's logs, written into `folder` for measuring by hand (`--make-logs`).
func makeReviewLogs(into folder: URL) throws {
    func patient(_ path: String, days: Int) throws -> URL {
        let home = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try writeLog(days: days, into: home)
        return home
    }
    _ = try patient("ten-years", days: TenYearLog.tenYears)
    let year = try patient("a-year", days: 365)
    let patients = folder.appendingPathComponent("patients")
    try FileManager.default.createDirectory(at: patients, withIntermediateDirectories: true)
    for index in 0..<500 {
        try FileManager.default.copyItem(at: year, to: patients.appendingPathComponent(String(format: "patient-%03d", index)))
    }
}
