import Foundation
import Testing

/// `limber` alone, for real inside tmux: the first run's set-up and screening before anything
/// else, the home screen, a key that logs, and a session played from it; the log read back.
@Suite(.serialized) struct HomeEndToEndTests {
    let limber = LimberProcess()

    var environment: [String: String] {
        ["LIMBER_HOME": limber.home.path, "TZ": "UTC", "LIMBER_NOW": LimberProcess.now]
    }

    func openHome() throws -> TmuxSession {
        try TmuxSession(command: "'\(LimberProcess.binary.path)'", environment: environment)
    }

    @Test func theFirstRunSetsUpAndScreensBeforeTheHomeScreenAndAKeyLogsPain() throws {
        let tmux = try openHome()
        tmux.waitFor("Set-up 1 of 5: what to work on")
        // The second issue, front-back imbalance; no condition; no equipment; 20 minutes; Sundays off.
        try tmux.send("Down", "Space", "Enter")
        tmux.waitFor("Set-up 2 of 5")
        try tmux.send("Enter")
        tmux.waitFor("Set-up 3 of 5")
        try tmux.send("Enter")
        tmux.waitFor("How many minutes a day")
        try tmux.send("2", "0", "Enter")
        tmux.waitFor("Set-up 5 of 5: rest days")
        for _ in 1...6 { try tmux.send("Down") }
        try tmux.send("Space", "Enter")
        tmux.waitFor("Screening questions from")
        #expect(try limber.query("select count(*) from session") == ["0"], "no exercise before the screening")
        try tmux.send("Enter")
        let home = tmux.waitFor("Last 12 weeks")
        #expect(home.contains("Limber  Monday 2 March 2026"))
        #expect(home.contains("Today: "))
        #expect(home.contains("Streak: 0 days"))
        try tmux.send("p")
        tmux.waitFor("How much pain do you have right now?")
        try tmux.send("3", "Enter")
        tmux.waitFor("Logged: pain 3.")
        try tmux.send("q")
        #expect(tmux.waitFor("EXIT=").contains("EXIT=0"))

        #expect(try limber.query("select flagged_issues, conditions, daily_minutes, equipment, rest_days from profile_change") == [
            #"[{"issue":"front-back-imbalance","since":"2026-03-02"}]|[]|20|[]|["sun"]"#,
        ])
        #expect(try limber.query("select day, symptoms from screening") == ["2026-03-02|[]"])
        #expect(try limber.query("select kind, pain from self_report") == ["pain|3"])
        #expect(try limber.query("select count(*) from session") == ["0"])
    }

    @Test func leavingTheSetUpSavesNothing() throws {
        let tmux = try openHome()
        tmux.waitFor("Set-up 1 of 5")
        try tmux.send("Space", "Enter")
        tmux.waitFor("Set-up 2 of 5")
        try tmux.send("q")
        let end = tmux.waitFor("EXIT=")
        #expect(end.contains("Set-up left before the end: nothing was saved."))
        #expect(end.contains("EXIT=0"))
        #expect(try limber.query("select count(*) from profile_change") == ["0"])
    }

    @Test func aProfileSetFromTheCommandLineGoesStraightToTheHomeScreenAndEnterPlaysTheSession() throws {
        #expect(try limber.run(["profile", "set", "--flag", "prolonged-sitting", "--minutes", "10"]).status == 0)
        #expect(try limber.run(["screen", "--none"]).status == 0)
        let tmux = try openHome()
        let home = tmux.waitFor("Last 12 weeks")
        #expect(!home.contains("Set-up"))
        #expect(home.contains("targets long periods of sitting") || home.contains("long periods of sitting"))
        try tmux.send("Enter")
        tmux.waitFor("How much pain do you have right now?")
        try tmux.send("2", "Enter")
        tmux.waitFor("Session")
        // Two seconds of the first step, so something was played when the session ends.
        _ = tmux.screen(after: 2)
        try tmux.send("q")
        tmux.waitFor("End the session now?")
        let summary = try tmux.endSessionPassingTheQuestions(until: "Any key: home")
        #expect(summary.contains("Pain: 2 before."))
        #expect(summary.contains("Streak: 1 day."))
        try tmux.send("x")
        let back = tmux.waitFor("Last 12 weeks")
        #expect(back.contains("Today: "))
        #expect(back.contains("Streak: 1 day"))
        try tmux.send("q")
        #expect(tmux.waitFor("EXIT=").contains("EXIT=0"))
        #expect(try limber.query("select day, status, pain_before from session") == ["2026-03-02|partial|2"])
    }

    @Test func aRedFlagShowsTheAdviceInPlaceOfTheSession() throws {
        #expect(try limber.run(["profile", "set", "--flag", "prolonged-sitting"]).status == 0)
        #expect(try limber.run(["screen", "--symptom", "saddle-numbness"]).status == 0)
        let tmux = try openHome()
        let home = tmux.waitFor("No exercise today.")
        #expect(home.contains("You reported a warning sign"))
        #expect(!home.contains("Today: "))
        try tmux.send("Enter")
        tmux.waitFor("No session until a professional has seen you")
        try tmux.send("q")
        #expect(tmux.waitFor("EXIT=").contains("EXIT=0"))
        #expect(try limber.query("select count(*) from session") == ["0"])
    }

    @Test func startOnAFirstRunSetsUpFirstAndAnInterruptAtTheScreeningEndsIt() throws {
        let first = try TmuxSession(command: "'\(LimberProcess.binary.path)' start", environment: environment)
        first.waitFor("Set-up 1 of 5")
        try first.send("q")
        #expect(first.waitFor("EXIT=").contains("Set-up left before the end: nothing was saved."))

        #expect(try limber.run(["profile", "set", "--minutes", "10"]).status == 0)
        let tmux = try TmuxSession(command: "'\(LimberProcess.binary.path)' start", environment: environment)
        tmux.waitFor("Screening questions from")
        // What Ctrl-C sends, to the program alone (the shell that prints its status must live on).
        kill(try #require(try tmux.programPID()), SIGINT)
        #expect(tmux.waitFor("EXIT=").contains("EXIT=130"))
        #expect(try limber.query("select count(*) from screening") == ["0"])
        #expect(try limber.query("select count(*) from session") == ["0"])
    }
}
