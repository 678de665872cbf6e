import Foundation
import LimberTestSupport
import Testing

/// The player run for real inside tmux, on short test routines, with the log checked after.
@Suite(.serialized) struct PlayerEndToEndTests {
    /// Removed with everything in it when the test ends.
    let scratch: TemporaryFolder
    var home: URL { scratch.url }
    let routines: URL

    init() throws {
        scratch = try TemporaryFolder("limber-e2e")
        routines = scratch.url.appendingPathComponent("routines")
        try FileManager.default.createDirectory(at: routines, withIntermediateDirectories: true)
        try Data("""
            id: quick-test
            name: Quick test routine
            family: stretch
            steps:
              - {name: Ready, kind: prepare, seconds: 1}
              - {name: Hold it, kind: hold, seconds: 2, cue: Breathe and hold gently.}
            """.utf8).write(to: routines.appendingPathComponent("quick-test.yaml"))
        try Data("""
            id: long-test
            name: Long test routine
            family: stretch
            steps:
              - {name: First hold, kind: hold, seconds: 300}
              - {name: Second hold, kind: hold, seconds: 300}
            """.utf8).write(to: routines.appendingPathComponent("long-test.yaml"))
    }

    var environment: [String: String] {
        ["LIMBER_HOME": home.appendingPathComponent("data").path, "LIMBER_ROUTINES": routines.path, "TZ": "UTC",
         "LIMBER_NOW": LimberProcess.now, "XDG_CACHE_HOME": home.appendingPathComponent("cache").path]
    }

    func start(_ routine: String, width: Int = 80, height: Int = 24, plain: Bool = false,
               environment extra: [String: String] = [:]) throws -> TmuxSession {
        try TmuxSession(command: "'\(LimberProcess.binary.path)' start --routine \(routine)\(plain ? " --plain" : "")",
                        width: width, height: height, environment: environment.merging(extra) { $1 })
    }

    /// Rows of the log, through the sqlite3 shell a clinician might use too.
    func query(_ sql: String) throws -> [String] {
        try LimberProcess(home: home.appendingPathComponent("data")).query(sql)
    }

    /// A session started, with the pain question passed over.
    func startPlaying(_ routine: String, environment extra: [String: String] = [:]) throws -> TmuxSession {
        let tmux = try start(routine, environment: extra)
        tmux.waitFor("How much pain")
        try tmux.send("Enter")
        return tmux
    }

    /// q, then y, then Enter at both questions after: the session ends early and Limber exits 0.
    func quitPassingTheQuestions(_ tmux: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try tmux.send("q")
        tmux.waitFor("End the session now?", sourceLocation: sourceLocation)
        #expect(try tmux.endSessionPassingTheQuestions(until: "EXIT=").contains("EXIT=0"), sourceLocation: sourceLocation)
    }

    @Test func theFirstSessionOfTheWeekScreensFirstAndAWarningSignStopsIt() throws {
        // A prescription set from the command line: no set-up, straight to the screening.
        #expect(try LimberProcess(home: home.appendingPathComponent("data")).run(["profile", "set", "--minutes", "10"]).status == 0)
        let tmux = try TmuxSession(
            command: "'\(LimberProcess.binary.path)' start", environment: environment)
        let first = tmux.waitFor("Screening questions from")
        #expect(first.contains("> [ ] Do you have new pain, tingling, weakness or numbness in both legs?"))
        // The first question marked: a warning sign.
        try tmux.send("Space", "Enter")
        let end = tmux.waitFor("EXIT=")
        #expect(end.contains("You reported a warning sign, so Limber will not start a session"))
        #expect(end.contains("EXIT=1"))
        #expect(try query("select count(*) from screening") == ["1"])
        #expect(try query("select count(*) from session") == ["0"])
    }

    @Test func playsToTheEndAndLogsEveryStep() throws {
        let tmux = try start("quick-test")
        tmux.waitFor("How much pain do you have right now?")
        try tmux.send("4", "Enter")
        #expect(tmux.waitFor("GET READY").contains("Quick test routine"))
        #expect(tmux.waitFor("HOLD").contains("Breathe and hold gently."))
        tmux.waitFor("after the session?")
        try tmux.send("2", "Enter")
        tmux.waitFor("How did the session feel?")
        try tmux.send("2", "Enter")
        let end = tmux.waitFor("EXIT=")
        #expect(end.contains("Session complete. Well done."))
        #expect(end.contains("EXIT=0"))
        #expect(try query("select status, pain_before, pain_after, effort from session") == ["completed|4|2|about-right"])
        #expect(try query("select step_name, done_seconds, status from step_result order by started_at")
                == ["Ready|1|done", "Hold it|2|done"])
    }

    @Test func pauseStopsTheCountdownAndSkipMovesOn() throws {
        let tmux = try startPlaying("long-test")
        // Two seconds into the hold, so the log has something done to keep.
        tmux.waitFor("0:02 / 5:00")
        try tmux.send("Space")
        let paused = tmux.waitFor("Paused.")
        let clock = paused.split(separator: "\n").first { $0.contains("Step ") && $0.contains("/ 5:00") }
        #expect(tmux.screen(after: 1.5).split(separator: "\n").first { $0.contains("Step ") && $0.contains("/ 5:00") } == clock)
        try tmux.send("Space")
        try tmux.send("n")
        #expect(tmux.waitFor("Step 2 of 2: Second hold").contains("HOLD"))
        try quitPassingTheQuestions(tmux)
        #expect(try query("select status from session") == ["partial"])
        #expect(try query("select step_name, status from step_result order by started_at")
                == ["First hold|partial", "Second hold|skipped"])
    }

    @Test func theSharpPainKeyStopsTheStepLogsItAndOffersToEnd() throws {
        let tmux = try startPlaying("long-test")
        tmux.waitFor("0:01 / 5:00")
        try tmux.send("s")
        let asked = tmux.waitFor("Pain logged, step stopped. End the session now?")
        #expect(asked.contains("Step 2 of 2: Second hold"), "the next step waits")
        #expect(try tmux.endSessionPassingTheQuestions(until: "EXIT=").contains("EXIT=0"))
        #expect(try query("select status from session") == ["partial"])
        #expect(try query("select step_name, status from step_result order by started_at")
                == ["First hold|partial", "Second hold|skipped"])
        #expect(try query("select kind from self_report") == ["sharp-pain"])
    }

    @Test func aResizeRedrawsAtOnce() throws {
        let tmux = try startPlaying("long-test")
        tmux.waitFor("First hold")
        try tmux.resize(width: 40, height: 12)
        #expect(tmux.waitFor("HOLD  4:").contains("First hold"))
        try tmux.resize(width: 30, height: 10)
        #expect(tmux.waitFor("Terminal too small").contains("40x12"))
        try tmux.resize(width: 80, height: 24)
        #expect(!tmux.waitFor("Step 1 of 2").contains("too small"))
    }

    /// SIGQUIT too: it used to start the Swift runtime's crash reporter over the screen.
    @Test(arguments: [SIGTERM, SIGQUIT])
    func aStopSignalEndsTheSessionAsInterruptedAndRestoresTheTerminal(signal: Int32) throws {
        let tmux = try startPlaying("long-test")
        tmux.waitFor("0:02 / 5:00")
        let pid = try #require(try tmux.programPID())
        kill(pid, signal)
        let end = tmux.waitFor("EXIT=")
        #expect(end.contains("EXIT=\(128 + signal)"))
        #expect(!end.contains("Crash") && !end.contains("backtrace"))
        #expect(end.contains("Session stopped. What you did is kept."))
        // The shell's terminal is back in cooked mode with echo: stty prints them without a '-'.
        let settings = tmux.waitFor("icanon")
        #expect(settings.contains(" icanon") || settings.contains("\nicanon"))
        #expect(!settings.contains("-icanon") && !settings.contains("-echo "))
        #expect(try query("select status from session") == ["interrupted"])
        #expect(try query("select step_name, status from step_result") == ["First hold|partial"])
    }

    @Test func ctrlZPausesTheSessionWhileItIsAwayAndItComesBackPaused() throws {
        let tmux = try startPlaying("long-test")
        tmux.waitFor("0:02 / 5:00")
        let pid = try #require(try tmux.programPID())
        try tmux.send("C-z")
        // The shell's screen is given back while Limber is stopped.
        tmux.waitFor("Limber to stop") { _ in (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8))?
            .split(separator: " ").dropFirst(2).first == "T" }
        _ = tmux.screen(after: 3)
        // `fg`, as a shell with job control would: the whole process group goes on.
        kill(-getpgid(pid), SIGCONT)
        let back = tmux.waitFor("Paused. Press space to go on")
        let clock = back.split(separator: "\n").first { $0.contains("/ 5:00") }.map(String.init) ?? ""
        #expect(clock.contains("0:02 / 5:00") || clock.contains("0:03 / 5:00"), "the session clock stood still: \(clock)")
        try quitPassingTheQuestions(tmux)
        let done = try query("select done_seconds from step_result where step_name = 'First hold'").first.flatMap { Int($0) }
        #expect((2...3).contains(done ?? -1), "the three seconds away are not counted as done: \(done ?? -1)")
    }

    @Test(arguments: [SIGSEGV, SIGILL, SIGABRT])
    func aCrashGivesTheTerminalBackAndKeepsFinishedSteps(signal: Int32) throws {
        // Without the Swift runtime's backtracer, which the rescue would hand a real fault on to:
        // a signal sent from outside is not a fault, and the backtracer would let it go on.
        let tmux = try startPlaying("quick-test", environment: ["SWIFT_BACKTRACE": "enable=no"])
        tmux.waitFor("Step 2 of 2")
        // The signal a crash raises (a bad pointer, a Swift trap, an abort), sent from outside.
        kill(try #require(try tmux.programPID()), signal)
        let end = tmux.waitFor("EXIT=")
        #expect(end.contains("EXIT=\(128 + signal)"))
        let settings = tmux.waitFor("icanon")
        #expect(!settings.contains("-icanon") && !settings.contains("-echo "), "the shell has echo and line editing back")
        #expect(try query("select step_name, status from step_result") == ["Ready|done"])
    }

    @Test func anUnknownTerminalTypeIsRefusedBeforeAnythingIsWritten() throws {
        let tmux = try start("quick-test", environment: ["TERM": "no-such-terminal"])
        let end = tmux.waitFor("EXIT=")
        #expect(end.contains("The terminal type 'no-such-terminal' is not known to ncurses."))
        #expect(end.contains("--plain"))
        #expect(end.contains("EXIT=1"))
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("data").path))
    }

    @Test func qAtTheFirstQuestionLeavesWithoutPlaying() throws {
        let tmux = try start("long-test")
        #expect(tmux.waitFor("How much pain").contains("q leaves."))
        try tmux.send("q")
        tmux.waitFor("Leave without exercising today?")
        try tmux.send("n")
        tmux.waitFor("n goes back to the question") { !$0.contains("Leave without") }
        try tmux.send("q")
        tmux.waitFor("Leave without exercising today?")
        try tmux.send("y")
        let end = tmux.waitFor("EXIT=")
        #expect(end.contains("EXIT=0"))
        #expect(end.contains("Not played today: nothing was done, and the session is logged as skipped."))
        #expect(try query("select status from session") == ["skipped"])
        #expect(try query("select count(*) from step_result") == ["0"])
    }

    @Test func ctrlCAtAPlainModeQuestionStopsAtOnce() throws {
        let tmux = try start("long-test", plain: true)
        tmux.waitFor("How much pain")
        // Ctrl-C's signal, sent to limber alone: tmux's C-c would stop the test's shell too.
        kill(try #require(try tmux.programPID()), SIGINT)
        let end = tmux.waitFor("EXIT=", seconds: 3)
        #expect(end.contains("EXIT=130"))
        #expect(end.contains("Session stopped. What you did is kept."))
        #expect(try query("select status from session") == ["interrupted"])
    }

    @Test func aHangUpDuringTheFirstQuestionEndsTheSessionThere() throws {
        let tmux = try start("long-test")
        tmux.waitFor("How much pain")
        kill(try #require(try tmux.programPID()), SIGHUP)
        let end = tmux.waitFor("EXIT=")
        #expect(end.contains("EXIT=129"))
        #expect(end.contains("Session stopped. What you did is kept."))
        #expect(!end.contains("First hold"), "the player never started")
        #expect(try query("select status from session") == ["interrupted"])
        #expect(try query("select count(*) from step_result") == ["0"])
    }

    @Test func aKilledSessionKeepsItsStepsAndIsMarkedInterruptedNextTime() throws {
        let tmux = try startPlaying("quick-test")
        tmux.waitFor("Step 2 of 2")
        let pid = try #require(try tmux.programPID())
        kill(pid, SIGKILL)
        tmux.waitFor("EXIT=")
        #expect(try query("select status from session") == ["in-progress"])
        #expect(try query("select step_name, status from step_result") == ["Ready|done"])

        // The next full-screen start says so above its first question; killed again...
        let next = try start("quick-test", environment: ["LIMBER_NOW": "2026-03-02T09:10:00Z"])
        #expect(next.waitFor("How much pain").contains("was cut short; what you did then is kept."))
        try next.send("Enter")
        next.waitFor("Step 2 of 2")
        kill(try #require(try next.programPID()), SIGKILL)
        next.waitFor("EXIT=")

        // ...a plain start says it as its first line.
        let plain = try LimberProcess(home: home.appendingPathComponent("data"))
            .run(["start", "--plain", "--routine", "quick-test", "--routines", routines.path],
                 environment: ["LIMBER_NOW": "2026-03-02T09:20:00Z"])
        #expect(plain.stdout.hasPrefix("Your session of "))
        #expect(plain.stdout.contains("was cut short; what you did then is kept."))
        #expect(try query("select status from session order by started_at") == ["interrupted", "interrupted", "completed"])
    }

    @Test func theCrackKeyAndAnotherTerminalBothLogWhileASessionRuns() throws {
        let tmux = try startPlaying("long-test")
        tmux.waitFor("First hold")
        try tmux.send("c")
        // The whole notice, not its first line: ncurses may draw it in more than one write.
        let advice = tmux.waitFor("the whole crack notice") {
            $0.contains("Logged: you cracked your back") && $0.contains("Gentler routines to try instead")
        }
        #expect(advice.contains("One crack is unlikely to have done harm."))
        try tmux.send("Space")
        // A second done, so that ending now is a partial session with questions after it.
        tmux.waitFor("0:01 / 5:00")

        // Meanwhile, in another terminal: a second writer, and a second session that must wait.
        let other = LimberProcess(home: home.appendingPathComponent("data"))
        // Both pin the day; the other terminal's instant is later, as it would really be.
        let logged = try other.run(["log", "crack", "--note", "from the other terminal"],
                                   environment: ["LIMBER_NOW": "2026-03-02T09:05:00Z"])
        #expect(logged.status == 0)
        let second = try other.run(["start", "--plain", "--routine", "quick-test", "--routines", routines.path])
        #expect(second.status == 1)
        #expect(second.stderr == "Error: A session is already running for this patient in another terminal. Finish or quit it first.\n")

        try quitPassingTheQuestions(tmux)
        #expect(try query("select status from session") == ["partial"])
        #expect(try query("select kind, coalesce(note, '') from self_report order by recorded_at")
                == ["crack|", "crack|from the other terminal"])
        #expect(try query("select count(*) from session") == ["1"])
    }
}
