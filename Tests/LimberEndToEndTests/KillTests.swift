import Foundation
import LimberTestSupport
import Testing

/// kill -9 at 50 seeded moments of a session: however it dies, every set finished before the
/// kill is in the log and the log is sound. The moments come from a fixed seed, so a failing
/// one can be played again.
struct KillTests {
    /// Twelve one-second holds: a set ends every second.
    static let routine = "id: beat\nname: One-second holds\nfamily: stretch\nsteps:\n"
        + (1...12).map { "  - {name: Hold \($0), kind: hold, seconds: 1}" }.joined(separator: "\n") + "\n"

    static let moments: [Double] = {
        var random = SeededRandom(seed: 9)
        return (0..<50).map { _ in Double.random(in: 0.2...3.5, using: &random) }
    }()

    @Test(arguments: moments.indices)
    func killNineKeepsEveryFinishedSetAndASoundLog(moment index: Int) throws {
        let limber = LimberProcess()
        let routines = try limber.writeRoutine(id: "beat", in: "routines", Self.routine)
        let process = try limber.start(["start", "--plain", "--routine", "beat", "--routines", routines.path])
        let started = Date()
        Thread.sleep(forTimeInterval: Self.moments[index])  // bounded: the seeded moment to kill at
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let lived = Date().timeIntervalSince(started)
        #expect(process.terminationReason == .uncaughtSignal)

        #expect(try limber.query("PRAGMA integrity_check") == ["ok"], "moment \(index)")
        // A set ends each second after start-up (well under half a second); one finished more
        // than a second before the kill has had all that time to reach the disk.
        let surelyFinished = max(0, Int((lived - 1.5).rounded(.down)))
        let logged = try limber.query("select count(*) from step_result where status = 'done'").first.flatMap { Int($0) } ?? 0
        #expect(logged >= surelyFinished, "moment \(index): \(lived) s alive, \(logged) sets logged")
        if lived > 1.5 {
            #expect(try limber.query("select status from session") == ["in-progress"], "moment \(index)")
        }
    }
}
