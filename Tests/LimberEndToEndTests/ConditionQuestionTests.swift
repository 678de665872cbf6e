import Foundation
import Testing

/// `start --routine` on a routine that avoids one of the patient's conditions, answered in a
/// real terminal inside tmux.
@Suite(.serialized) struct ConditionQuestionTests {
    let limber = LimberProcess()
    let routines: URL

    init() throws {
        routines = try limber.writeKneelingRoutine()
        try #require(try limber.run(["profile", "set", "--condition", "knee-problem"]).status == 0)
    }

    func start() throws -> TmuxSession {
        try TmuxSession(
            command: "'\(LimberProcess.binary.path)' start --plain --routine kneeling",
            environment: ["LIMBER_HOME": limber.home.path, "LIMBER_ROUTINES": routines.path, "TZ": "UTC", "LIMBER_NOW": LimberProcess.now,
                          "XDG_CACHE_HOME": limber.cacheHome.path])
    }

    @Test func noAtTheQuestionStartsNothing() throws {
        let tmux = try start()
        tmux.waitFor("Kneeling rock is not meant for someone with: Knee problem. Play it anyway? (y/n)")
        try tmux.send("n", "Enter")
        tmux.waitFor("Error: Not started. Ask your clinician about Kneeling rock.")
        #expect(try limber.query("SELECT count(*) FROM session") == ["0"])
    }

    @Test func yesAtTheQuestionPlaysTheRoutine() throws {
        let tmux = try start()
        tmux.waitFor("Play it anyway? (y/n)")
        try tmux.send("y", "Enter")
        tmux.waitFor("How much pain")
        try tmux.send("Enter")
        tmux.waitFor("How much pain", seconds: 15) { $0.components(separatedBy: "How much pain").count > 2 }
        try tmux.send("Enter")
        tmux.waitFor("How did")
        try tmux.send("Enter")
        tmux.waitFor("Streak: 1 day.")
        #expect(try limber.query("SELECT planned_routines, status FROM session") == ["[\"kneeling\"]|completed"])
    }
}
