import Foundation
import Testing

/// `limber screen` and the red-flag stop it sets and lifts, across days, as a patient and a
/// clinician type them.
struct ScreenCommandTests {
    let limber = LimberProcess()
    static let australia = ["LC_ALL": "en_AU.UTF-8"]

    /// The instant `days` after the pinned test day, at 09:00 UTC.
    static func day(_ days: Int) -> [String: String] {
        ["LIMBER_NOW": "2026-03-\(String(format: "%02d", 2 + days))T09:00:00Z"].merging(australia) { $1 }
    }

    @Test func aRedFlagStopsEverySessionUntilItIsClearedThenSessionsPlayAgain() throws {
        let screened = try limber.run(["screen", "--symptom", "saddle-numbness"], environment: Self.australia)
        #expect(screened.status == 0)
        #expect(screened.stdout == """
            Screening recorded on 2026-03-02.
              - saddle-numbness: Stop exercising. Go to the emergency department or call 000 now. This needs checking straight away.
            Sessions are stopped until a professional has seen you and it is recorded with 'limber screen --cleared NAME --by WHO'.

            """)
        for days in [0, 1, 9] {
            let refused = try limber.playTinyRoutine(environment: Self.day(days))
            #expect(refused.status == 1, "\(days) days later")
            #expect(refused.stderr == """
                Error: You reported a warning sign, so Limber will not start a session until a professional has seen you about it.
                  - saddle-numbness (reported 2026-03-02): Stop exercising. Go to the emergency department or call 000 now. This needs checking straight away.
                Once you have been seen, your clinician (or you, on their word) can record it, for example:
                  limber screen --cleared saddle-numbness --by "Dr Lee, GP"
                If it was reported by mistake, tell your clinician.

                """)
        }
        let cleared = try limber.run(["screen", "--cleared", "saddle-numbness", "--by", "Dr Lee, GP"], environment: Self.day(10))
        #expect(cleared.status == 0)
        #expect(cleared.stdout == "Recorded on 2026-03-12: Dr Lee, GP has seen you about saddle-numbness.\nSessions can start again.\n")
        #expect(try limber.playTinyRoutine(environment: Self.day(10)).status == 0)
        #expect(try limber.playTinyRoutine(environment: Self.day(11)).status == 0)
        let sessions = try limber.query("SELECT day FROM session")
        #expect(sessions == ["2026-03-12", "2026-03-13"], "nothing was logged while stopped")
        #expect(try limber.query("SELECT symptom, cleared_by FROM clearance") == ["saddle-numbness|Dr Lee, GP"])
        let history = try limber.run(["history", "--days", "14"], environment: Self.day(11)).stdout
        // Both at 09:00 that day; which was a few milliseconds later depends on how fast each
        // command started.
        let twelfth = history.components(separatedBy: "2026-03-12\n").last?.components(separatedBy: "\n\n").first ?? ""
        #expect(twelfth.contains("  09:00  session completed: tiny"))
        #expect(twelfth.contains("  09:00  cleared: saddle-numbness, by Dr Lee, GP"))
        #expect(history.hasSuffix("2026-03-02\n  09:00  screening: saddle-numbness\n"))
    }

    @Test func aRedFlagLoggedWithLogSymptomStopsTooAndAClearanceNeedsAFlagToClear() throws {
        let logged = try limber.run(["log", "symptom", "fever"], environment: Self.australia)
        #expect(logged.stdout == """
            Logged the symptom fever on 2026-03-02.
            Stop exercising for now and get advice today. See your doctor urgently, or contact healthdirect on 1800 022 222.
            Sessions are stopped until a professional has seen you and it is recorded with 'limber screen --cleared NAME --by WHO'.

            """)
        #expect(try limber.playTinyRoutine(environment: Self.day(3)).status == 1)
        let other = try limber.run(["screen", "--cleared", "saddle-numbness", "--by", "Dr Lee"])
        #expect(other.status == 1)
        #expect(other.stderr == "Error: Nothing to clear: no report of 'saddle-numbness' is waiting for a clearance.\n")
        let pattern = try limber.run(["screen", "--cleared", "recurring-tightness", "--by", "Dr Lee"])
        #expect(pattern.status == 1)
        #expect(pattern.stderr.hasPrefix("Error: 'recurring-tightness' is not a red flag, so there is nothing to clear. Red flags: weakness-both-legs,"))
        #expect(try limber.run(["screen", "--cleared", "fever", "--by", "Dr Lee"], environment: Self.day(3)).status == 0)
        #expect(try limber.playTinyRoutine(environment: Self.day(3)).status == 0)
    }

    @Test func aRedFlagMonthsOldStillStopsTodaysPlanAndTheStatusLineUntilCleared() throws {
        #expect(try limber.run(["log", "symptom", "fever"]).status == 0)
        // Half a year on, beyond the months the scheduler reads for doses.
        let autumn = ["LIMBER_NOW": "2026-09-18T09:00:00Z"]
        let later = try limber.run(["today", "--json"], environment: autumn)
        #expect(later.stdout.contains(#""stop" : true"#))
        // The status bar says so too, though it reads only a few months of the rest of the log.
        #expect(try limber.run(["status", "--format", "%k %m"], environment: autumn).stdout == "stop 0\n")
        #expect(try limber.run(["screen", "--cleared", "fever", "--by", "Dr Lee"], environment: autumn).status == 0)
        #expect(try limber.run(["today", "--json"], environment: autumn).stdout.contains(#""stop" : false"#))
        #expect(try limber.run(["status", "--format", "%k"], environment: autumn).stdout != "stop\n")
    }

    @Test func noneAndAssessmentPatternsNeverStopASession() throws {
        let none = try limber.run(["screen", "--none"])
        #expect(none.stdout == "Screening recorded on 2026-03-02: none of the warning signs applies. Limber will ask again in a week.\n")
        let pattern = try limber.run(["screen", "--symptom", "no-improvement-month"])
        #expect(pattern.stdout.hasSuffix("You can carry on with your sessions.\n"))
        #expect(try limber.playTinyRoutine().status == 0)
        #expect(try limber.query("SELECT symptoms FROM screening ORDER BY length(symptoms)") == ["[]", "[\"no-improvement-month\"]"])
    }

    @Test(arguments: [
        (["screen", "--none", "--symptom", "fever"], 64, "Error: --none says no sign applies, --symptom that one does: give one or the other."),
        (["screen", "--cleared", "fever"], 64, "Error: --cleared needs --by WHO: the professional who saw you."),
        (["screen", "--by", "Dr Lee"], 64, "Error: --by goes with --cleared NAME: the red flag that was seen to."),
        (["screen", "--cleared", "fever", "--by", " "], 64, "Error: --by needs the name of who saw you."),
        (["screen", "--symptom", "feverish"], 1, "Error: Unknown symptom 'feverish'. Choose one of: weakness-both-legs,"),
        (["screen"], 1, "Error: Screening asks its questions on a terminal. Without one, use --none or --symptom NAME."),
    ])
    func wrongUsesAreRefusedAndRecordNothing(arguments: [String], status: Int32, message: String) throws {
        let result = try limber.run(arguments)
        #expect(result.status == status)
        #expect(result.stderr.hasPrefix(message))
        #expect(try limber.query("SELECT count(*) FROM screening") == [])
    }

    @Test func screeningsAndClearancesTravelInTheExport() throws {
        _ = try limber.run(["screen", "--symptom", "fever"])
        _ = try limber.run(["screen", "--cleared", "fever", "--by", "Dr Lee"], environment: Self.day(1))
        let exported = try limber.run(["export", "--out", "-"])
        let elsewhere = LimberProcess()
        let imported = try elsewhere.run(["import", "-"], input: Data(exported.stdout.utf8))
        #expect(imported.stdout == "Imported from standard input: 0 sessions, 0 steps, 0 self-reports, 1 screenings, 1 clearances.\n")
        #expect(try elsewhere.playTinyRoutine(environment: Self.day(1)).status == 0, "the clearance came along")
    }

    @Test func onATerminalEachQuestionIsAskedAndTheYesAnswersAreRecorded() throws {
        let environment = ["LIMBER_HOME": limber.home.path, "TZ": "UTC", "LIMBER_NOW": LimberProcess.now, "LC_ALL": "en_GB.UTF-8"]
        let tmux = try TmuxSession(command: "'\(LimberProcess.binary.path)' screen", environment: environment)
        #expect(tmux.waitFor("1/27").contains("Screening questions from your clinic. They ask about what is new or has changed."))
        try tmux.send("n", "Enter")
        tmux.waitFor("2/27")
        try tmux.send("y", "Enter")
        for number in 3...27 {
            tmux.waitFor("\(number)/27")
            try tmux.send("Enter")
        }
        let done = tmux.waitFor("EXIT=")
        #expect(done.contains("  - saddle-numbness: Stop exercising. Go to A&E or call 999 now."))
        #expect(done.contains("EXIT=0"))
        #expect(try limber.query("SELECT symptoms FROM screening") == ["[\"saddle-numbness\"]"])
    }
}
