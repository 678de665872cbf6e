import Foundation
import Synchronization
import Testing

/// `limber start` without a terminal: --plain speaks in lines, the full screen refuses clearly.
struct PlainModeTests {
    let limber = LimberProcess()

    @Test func withoutATerminalTheFullScreenRefusesAndSuggestsPlain() throws {
        let result = try limber.run(["start", "--routine", "cat-camel"])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: Limber needs a terminal for its screen, and input or output is not one. Use --plain to follow the session as plain lines.\n")
        #expect(!FileManager.default.fileExists(atPath: limber.home.path), "a refused start writes nothing")
    }

    @Test func plainModePlaysToThePipeAndLogs() throws {
        let result = try limber.playTinyRoutine()
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n") == [
            "== Tiny routine (2 s) ==",
            "Breathe in: Breathe, breath 1 of 1. 1 s.",
            "Breathe out: Breathe, breath 1 of 1. 1 s.",
            "Session complete. Well done.",
            "Sets: 1 done, 0 cut short, 0 not done.",
            "Time: 2 s.",
            "Pain: not rated.",
            "Streak: 1 day.",
        ])
    }

    /// Root only: the log's write-ahead file is made immutable in the middle of a session, as
    /// a full or failing disk would refuse the next write.
    @Test(.enabled(if: geteuid() == 0))
    func aLogThatCannotBeWrittenStopsTheSessionWithAClearError() throws {
        let routines = limber.home.appendingPathComponent("routines")
        try FileManager.default.createDirectory(at: routines, withIntermediateDirectories: true)
        let steps = (1...20).map { "  - {name: Hold \($0), kind: hold, seconds: 1}" }.joined(separator: "\n")
        try Data("id: many\nname: Many holds\nfamily: stretch\nsteps:\n\(steps)\n".utf8)
            .write(to: routines.appendingPathComponent("many.yaml"))
        let log = limber.home.appendingPathComponent("limber.sqlite").path
        // Once two sets are in the log, it stops taking writes. The wait is on the real program
        // writing its log, so it polls, and gives up after 15 s.
        let blocked = Atomic<Int32>(-1)
        let patient = limber
        let blocker = Thread {
            let deadline = Date().addingTimeInterval(15)
            while Date() < deadline {
                if (try? patient.query("select count(*) >= 2 from step_result")) == ["1"] {
                    blocked.store((try? LimberProcess.runTool("/usr/bin/chattr", ["+i", log + "-wal"])) ?? -1, ordering: .relaxed)
                    return
                }
                Thread.sleep(forTimeInterval: 0.1)  // bounded: polls a real process, 15 s at most
            }
        }
        blocker.start()
        defer { _ = try? LimberProcess.runTool("/usr/bin/chattr", ["-i", log + "-wal"]) }
        let result = try limber.run(["start", "--plain", "--routine", "many", "--routines", routines.path])
        try #require(blocked.load(ordering: .relaxed) == 0, "chattr made the log's WAL immutable mid-session")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: "))
        #expect(result.stderr.contains(limber.home.path))
        #expect(result.stderr.contains("The session stopped there: the sets finished before it are in the log, the one that failed is not."))
        #expect(result.stdout.hasSuffix("Session stopped. The sets finished before the log failed are kept.\n"))
        #expect(!result.stdout.contains("What you did is kept"), "not said when a set was lost")
        #expect(!result.stdout.contains("Hold 20"), "the session stopped at the failed write, not at its end")
    }

    @Test func anUnknownRoutineIsAClearError() throws {
        let result = try limber.run(["start", "--plain", "--routine", "no-such-thing"])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: No routine has the id 'no-such-thing'. Run 'limber routines list' to see them all.\n")
    }

    @Test func theProfilesVoiceSettingMakesStartSpeak() throws {
        let set = try limber.run(["profile", "set", "--voice"])
        #expect(set.status == 0 && set.stdout.contains("Spoken cues: on\n"))
        #expect(try limber.run(["profile", "show", "--json"]).stdout.contains("\"voice\" : true"))
        // Without espeak-ng on PATH, the notice shows that start took up the setting.
        let spoken = try limber.playTinyRoutine(environment: ["PATH": "/nonexistent"])
        #expect(spoken.status == 0)
        #expect(spoken.stderr == "Spoken cues (profile set --voice): espeak-ng is not installed, so the session plays silently (Debian: apt-get install espeak-ng).\n")
        // A day later, so that this change is the newer one.
        let tomorrow = ["LIMBER_NOW": "2026-03-03T09:00:00Z"]
        #expect(try limber.run(["profile", "set", "--no-voice"], environment: tomorrow).stdout.contains("Spoken cues: off\n"))
        let silent = try limber.playTinyRoutine(environment: tomorrow.merging(["PATH": "/nonexistent"]) { $1 })
        #expect(silent.status == 0 && silent.stderr.isEmpty)
        #expect(try limber.query("SELECT voice FROM profile_change ORDER BY updated_at") == ["1", "0"])
    }

    @Test func voiceWithoutEspeakSaysSoAndPlaysSilently() throws {
        let result = try limber.playTinyRoutine(voice: true, environment: ["PATH": "/nonexistent"])
        #expect(result.status == 0)
        #expect(result.stderr == "--voice: espeak-ng is not installed, so the session plays silently (Debian: apt-get install espeak-ng).\n")
        #expect(result.stdout.contains("Session complete. Well done.\n"))
    }
}
