import Foundation
import LimberCore
import LimberStore

/// Ten years of one patient in the log, in process: merged into an empty log, exported,
/// imported into a fresh one (and again, adding nothing), read back whole and for 14 days. The
/// imported log must equal the original. Leaves the original's folder for `review` and `status`.
func measureTenYearStore(_ bench: Bench, tenYears: LogContents) throws -> (figures: [Figure], home: URL) {
    func timed(_ what: String, _ work: () throws -> Void) rethrows -> Figure {
        let started = monotonicSeconds()
        try work()
        let elapsed = monotonicSeconds() - started
        return Figure(what: what, limber: .milliseconds(elapsed, digits: elapsed < 0.1 ? 1 : 0))
    }
    let home = try bench.home("ten-years")
    let original = try AppDatabase(home: home)
    let file = bench.work.appendingPathComponent("ten-years.jsonl")
    let moved = try AppDatabase(home: try bench.home("ten-years-imported"))
    let figures = [
        try timed("ten years (3,650 sessions, 34,677 records) merged into an empty log, one transaction") {
            _ = try original.merge(tenYears)
        },
        try timed("export ten years") { try ExportFile.write(original.exportJSONLines(exportedAt: Date()), to: file) },
        try timed("import ten years into a fresh log") { _ = try moved.merge(LogArchive.decode(ExportFile.read(file), path: file.path)) },
        try timed("import the same file again (adds nothing)") {
            _ = try moved.merge(LogArchive.decode(ExportFile.read(file), path: file.path))
        },
        try timed("read ten years of sessions with their steps") { _ = try moved.sessions(from: "2000-01-01", through: "2100-01-01") },
        try timed("read the last 14 days (history)") { _ = try moved.sessions(from: "2023-12-18", through: "2023-12-31") },
    ]
    guard try moved.contents() == original.contents() else {
        throw Spawn.Failed(description: "the imported log differs from the original")
    }
    return (figures, home)
}
