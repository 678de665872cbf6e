// limber-benchmark: Limber beside the terminal timers people use today (termdown, tty-clock),
// with the figures written into docs/performance.md. Nothing here is asserted; it measures.
//
//   swift run -c release limber-benchmark [--quick] [--runs N] [--binary PATH] [--no-write]
//
//   --quick        a 10-s idle window and a 1-minute drift routine (about 5 minutes in all
//                  instead of about 20)
//   --runs N       runs of each start-up figure (default 20)
//   --binary PATH  measure this limber instead of building one as `make install` does
//   --no-write     print the report without writing docs/performance.md
//   --make-logs DIR  only write the review's generated logs into DIR (ten-years, a-year and
//                  patients/patient-000 to 499, each a patient's folder) and stop, to time
//                  `limber review` over them by hand (docs/performance.md, "Review")
//
// It builds the release binary with the Swift runtime linked in (.build-release) and strips a
// copy, installs termdown into a temporary Python environment and tty-clock with apt-get (as
// root; else it is left out, with the reason), and works in a temporary folder it removes.
import Foundation
import LimberCore

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, in arguments: [String] = arguments) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
if let folder = option("--make-logs") {
    try makeReviewLogs(into: URL(fileURLWithPath: folder))
    exit(0)
}
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let work = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("limber-benchmark-\(getpid())")
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }

let limber = try option("--binary") ?? buildLimber(root: root)
let termdown = installTermdown(into: work)
let ttyClock = findTTYClock()
let bench = Bench(
    quick: arguments.contains("--quick"), runs: option("--runs").flatMap(Int.init) ?? 20, limber: limber,
    termdown: termdown.path, ttyClock: ttyClock.path, notes: [termdown.note, ttyClock.note].compactMap { $0 }, work: work)
let loadAtStart = Machine.loadAverage
let startedAt = Date()

try prepare(bench)
var figures: [Figure] = []
print("Start-up: \(bench.runs) runs of each...", to: &standardError)
figures.append(try measureHelp(bench))
figures += try measureFirstFrame(bench)
figures += try measureHoldWindow(bench)
figures += try measureDrift(bench)
print("Library, planning and the log...", to: &standardError)
figures += try measureLibraryLoad(bench)
let tenYears = TenYearLog.make()
figures.append(try measureStepWrite(bench))
let store = try measureTenYearStore(bench, tenYears: tenYears)
figures += store.figures
figures.append(try measurePlanning(tenYearHome: store.home))
figures += try measureReview(bench, tenYearHome: store.home)
figures += try measureStatus(bench, tenYearHome: store.home)

let commit = (try? Spawn.capture(["/usr/bin/git", "-C", root.path, "describe", "--always", "--dirty"],
                                 environment: ProcessInfo.processInfo.environment).output)?
    .trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown"
let size = ((try? FileManager.default.attributesOfItem(atPath: limber)[.size]) as? Int ?? 0)
let formatter = ISO8601DateFormatter()
let report = Report(
    figures: figures,
    about: [
        "Measured \(formatter.string(from: startedAt)) with `swift run -c release limber-benchmark\(bench.quick ? " --quick" : "")`"
            + " on \(Machine.processor), Linux \(Machine.kernel); load average \(loadAtStart) at the start, \(Machine.loadAverage) at the end.",
        "limber \(commit): `\(limber)`, \(String(format: "%.1f", Double(size) / 1_000_000)) MB; \(peerVersions(bench)).",
        "Wall times include starting the program from the benchmark (posix_spawn). The ratios are the peer's figure over Limber's.",
    ],
    notes: bench.notes)
print(report.markdown)
if !arguments.contains("--no-write") {
    try report.write(into: root.appendingPathComponent("docs/performance.md"))
    print("Written into docs/performance.md.", to: &standardError)
}
