import Foundation
import Testing

/// `log`, `history`, `export` and `import` run as a patient types them, with the log read back
/// through the same commands.
struct LogCommandTests {
    let limber = LimberProcess()

    /// A played session in the log: a two-second routine in plain mode, questions passed over.
    func playTinySession(with patient: LimberProcess) throws {
        try #require(try patient.playTinyRoutine().status == 0)
    }

    func lines(of file: URL) throws -> [String] {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func aCrackIsLoggedWithTheClinicsAdviceAndShowsInHistory() throws {
        let logged = try limber.run(["log", "crack", "--note", "after football"], environment: ["LC_ALL": "en_NZ.UTF-8"])
        #expect(logged.status == 0)
        #expect(logged.stdout.hasPrefix("""
            Logged a back crack on 2026-03-02.

            One crack is unlikely to have done harm. If new numbness, tingling or weakness comes on in a leg, stop and get advice from your clinician or Healthline on 0800 611 116; in both legs or around your bottom, call 111 now.

            Our clinic's advice on the footballer's stretch:
              Lying twisted on your side or back and pulling or pushing the top knee down, or having someone push it, until the lower back cracks.
            """))
        #expect(logged.stdout.contains("Our clinic's advice on the footballer's stretch:"))
        #expect(logged.stdout.contains("(limber start --routine knee-rolls)"))
        let history = try limber.run(["history"])
        #expect(history.stdout.contains("cracked back (\"after football\")"))
    }

    @Test func everyKindOfSelfReportLands() throws {
        for arguments in [["log", "activity", "swim", "--minutes", "30"], ["log", "pain", "3"],
                          ["log", "stiffness", "--minutes", "45"], ["log", "symptom", "night-pain"]] {
            #expect(try limber.run(arguments).status == 0, "limber \(arguments.joined(separator: " "))")
        }
        let history = try limber.run(["history"]).stdout
        for entry in ["swim, 30 min", "pain 3", "morning stiffness, 45 min", "symptom: night-pain"] {
            #expect(history.contains(entry), "history shows \(entry)")
        }
    }

    @Test(arguments: [
        (["log", "pain", "11"], 64, "Pain must be a whole number from 0 (none) to 10 (worst imaginable), not 11."),
        (["log", "pain", "--", "-1"], 64, "Pain must be a whole number from 0 (none) to 10 (worst imaginable), not -1."),
        (["log", "stiffness", "--minutes", "0"], 64, "Minutes must be a whole number from 1 to 600, not 0."),
        (["log", "activity", "walk", "--minutes", "601"], 64, "Minutes must be a whole number from 1 to 600, not 601."),
        (["log", "activity", "juggling", "--minutes", "20"], 64, "Unknown activity 'juggling'. Choose one of: walk, swim,"),
        (["log", "symptom", "blah"], 1, "Unknown symptom 'blah'. Choose one of: weakness-both-legs, saddle-numbness,"),
    ])
    func badSelfReportsAreRefusedAndLogNothing(arguments: [String], status: Int32, message: String) throws {
        let result = try limber.run(arguments)
        #expect(result.status == status)
        #expect(result.stderr.hasPrefix("Error: \(message)"))
        #expect(try limber.run(["history"]).stdout.hasPrefix("Nothing logged yet: there is no log in "))
    }

    @Test func outToStandardOutputGivesTheDataAloneThereAndTheConfirmationOnStandardError() throws {
        try #require(try limber.run(["log", "pain", "3"]).status == 0)
        let export = try limber.run(["export", "--out", "/dev/stdout"])
        #expect(export.status == 0)
        #expect(export.stdout == (try limber.run(["export", "--out", "-"])).stdout, "the export alone, as with -")
        #expect(export.stderr == "Exported the log to /dev/stdout.\n")
        let review = try limber.run(["review", "--format", "csv", "--out", "/dev/stdout"])
        #expect(review.status == 0)
        #expect(review.stdout == (try limber.run(["review", "--format", "csv"])).stdout, "a spreadsheet gets no stray line")
        #expect(review.stderr == "Wrote the review of 1 patient to /dev/stdout.\n")
    }

    @Test func readingAHomeWithNoLogCreatesNothing() throws {
        #expect(try limber.run(["history"]).stdout == "Nothing logged yet: there is no log in \(limber.home.path).\n")
        #expect(try limber.run(["history", "--json"]).stdout == "[]\n")
        let export = try limber.run(["export", "--out", "-"])
        #expect(export.status == 1)
        #expect(export.stderr.contains("There is no log in \(limber.home.path) to export. Check --home or LIMBER_HOME."))
        #expect(!FileManager.default.fileExists(atPath: limber.home.path), "a mistyped home is not made")
    }

    @Test func historyJSONListsSessionsNewestFirstWithDateStatusAndRoutines() throws {
        try #require(try limber.playTinyRoutine(environment: ["LIMBER_NOW": "2026-03-02T07:00:00Z"]).status == 0)
        try playTinySession(with: limber)
        let result = try limber.run(["history", "--json"])
        #expect(result.status == 0)
        let sessions = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(sessions.count == 2)
        for session in sessions {
            #expect(session["date"] as? String == LimberProcess.today)
            #expect(session["status"] as? String == "completed")
            #expect(session["routines"] as? [String] == ["tiny"])
        }
        let starts = sessions.compactMap { ($0["started_at"] as? String)?.prefix(16) }
        #expect(starts == ["2026-03-02T09:00", "2026-03-02T07:00"], "newest first")
    }

    @Test func anotherProgramsDatabaseIsRefusedByEveryCommandAndLeftAsItWas() throws {
        try FileManager.default.createDirectory(at: limber.home, withIntermediateDirectories: true)
        let file = limber.home.appendingPathComponent("limber.sqlite")
        #expect(try LimberProcess.runTool("/usr/bin/env", ["sqlite3", file.path, "CREATE TABLE contacts (name TEXT)"]) == 0)
        let before = try Data(contentsOf: file)
        let refusal = "Error: \(file.path) is not a Limber log: it holds tables Limber does not know (contacts). It was left untouched; choose another folder (with --home, or another path to review), or move the file away so that Limber can start a new log there.\n"
        for arguments in [["history"], ["export", "--out", "-"], ["log", "pain", "3"], ["start", "--plain", "--routine", "cat-camel"]] {
            let result = try limber.run(arguments)
            #expect(result.status == 1, "limber \(arguments.joined(separator: " "))")
            #expect(result.stderr == refusal, "limber \(arguments.joined(separator: " "))")
        }
        #expect(try Data(contentsOf: file) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: limber.home.path) == ["limber.sqlite"])
    }

    @Test func anEmptyFileIsReadAsNoLogAndBecomesOneOnlyWhenWrittenTo() throws {
        try FileManager.default.createDirectory(at: limber.home, withIntermediateDirectories: true)
        let file = limber.home.appendingPathComponent("limber.sqlite")
        FileManager.default.createFile(atPath: file.path, contents: Data())
        #expect(try limber.run(["history"]).stdout == "Nothing logged yet: there is no log in \(limber.home.path).\n")
        #expect(try Data(contentsOf: file).isEmpty, "history wrote nothing")
        let logged = try limber.run(["log", "pain", "3"])
        #expect(logged.status == 0)
        #expect(logged.stderr == "\(file.path) was an empty file; it is now a new Limber log.\n")
        #expect(try limber.run(["history"]).stdout.contains("pain 3"))
    }

    @Test func aHugeNoteIsRefusedAndNothingIsLogged() throws {
        let result = try limber.run(["log", "pain", "3", "--note", String(repeating: "x", count: 10_001)])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: --note has 10001 characters; at most 10000 are kept.\n"))
        #expect(!FileManager.default.fileExists(atPath: limber.home.path))
        #expect(try limber.run(["log", "pain", "3", "--note", String(repeating: "x", count: 10_000)]).status == 0)
    }

    @Test func theDayComesFromLimberNowInTheLocalTimeZone() throws {
        // 23:30 in UTC is already the next morning in Perth.
        let perth = ["LIMBER_NOW": "2026-03-01T23:30:00Z", "TZ": "Australia/Perth"]
        #expect(try limber.run(["log", "pain", "3"], environment: perth).stdout == "Logged pain 3 on 2026-03-02.\n")
        #expect(try limber.run(["log", "pain", "4"], environment: ["LIMBER_NOW": "2026-02-20T08:00:00+08:00"]).status == 0)
        let window = try limber.run(["history", "--days", "7"], environment: perth).stdout
        #expect(window.contains("2026-03-02") && window.contains("pain 3"))
        #expect(!window.contains("2026-02-20"), "ten days back is outside a 7-day window")
        #expect(try limber.run(["history", "--days", "11"], environment: perth).stdout.contains("2026-02-20"))
    }

    @Test(arguments: ["2026-03-02", "yesterday", "2026-03-02 09:00"])
    func aLimberNowThatIsNotAnInstantIsAUsageError(text: String) throws {
        let result = try limber.run(["log", "pain", "3"], environment: ["LIMBER_NOW": text])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix(
            "Error: LIMBER_NOW '\(text)' is not an ISO 8601 instant such as 2026-03-01T08:00:00Z or 2026-03-01T08:00:00+08:00.\n"))
        #expect(!FileManager.default.fileExists(atPath: limber.home.path), "nothing logged")
    }

    @Test func exportThenImportElsewhereGivesTheSameLogAndTwiceAddsNothing() throws {
        try playTinySession(with: limber)
        _ = try limber.run(["log", "crack"])
        _ = try limber.run(["log", "activity", "walk", "--minutes", "25", "--note", "to the shops"])
        let file = limber.home.appendingPathComponent("moved.jsonl")
        #expect(try limber.run(["export", "--out", file.path]).status == 0)

        let newMachine = LimberProcess()
        let first = try newMachine.run(["import", file.path])
        #expect(first.status == 0)
        let second = try newMachine.run(["import", file.path])
        #expect(second.status == 0)
        for command in [["history"], ["history", "--json"]] {
            #expect(try newMachine.run(command).stdout == limber.run(command).stdout, "limber \(command.joined(separator: " "))")
        }
        let again = newMachine.home.appendingPathComponent("again.jsonl")
        _ = try newMachine.run(["export", "--out", again.path])
        #expect(try lines(of: again).dropFirst() == lines(of: file).dropFirst(), "the same records after the header")
    }

    @Test func aDashExportsToStandardOutputAndImportsFromStandardInput() throws {
        _ = try limber.run(["log", "stiffness", "--minutes", "20"])
        let exported = try limber.run(["export", "--out", "-"])
        #expect(exported.status == 0)
        #expect(exported.stdout.split(separator: "\n").count == 2, "the header and the one record, nothing else")
        let elsewhere = LimberProcess()
        let imported = try elsewhere.run(["import", "-"], input: Data(exported.stdout.utf8))
        #expect(imported.stdout == "Imported from standard input: 0 sessions, 0 steps, 1 self-reports.\n")
        #expect(try elsewhere.run(["history"]).stdout.contains("morning stiffness, 20 min"))
    }

    @Test func anImportWithABadLineNamesItAndAddsNothing() throws {
        _ = try limber.run(["log", "pain", "2"])
        let file = limber.home.appendingPathComponent("one.jsonl")
        _ = try limber.run(["export", "--out", file.path])
        var text = try lines(of: file)
        text.append(#"{"type":"self-report","kind":"pain","level":"#)
        let broken = limber.home.appendingPathComponent("broken.jsonl")
        try Data(text.joined(separator: "\n").utf8).write(to: broken)

        let elsewhere = LimberProcess()
        let result = try elsewhere.run(["import", broken.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: \(broken.path):3: "), "names the file and line: \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: elsewhere.home.path), "a refused import makes no log")
    }

    @Test func anExportFromANewerLimberIsRefused() throws {
        let file = limber.home.appendingPathComponent("future.jsonl")
        try FileManager.default.createDirectory(at: limber.home, withIntermediateDirectories: true)
        try Data(#"{"exported_at":"2030-01-01T00:00:00.000Z","format":"limber-log","version":99}"#.utf8).write(to: file)
        let result = try limber.run(["import", file.path])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: \(file.path) was exported by a newer Limber (log format version 99; this Limber reads version 3 and older). Update Limber, then import again. Nothing was imported.\n")
    }

    @Test func historyLeadsWithAPatternWorthAnAssessment() throws {
        // 2026-02-23 is 8 days before the test day, outside the 7 days ending on it.
        for day in ["2026-02-23", "2026-03-01", "2026-03-02"] {
            #expect(try limber.run(["log", "crack"], environment: ["LIMBER_NOW": "\(day)T08:00:00Z"]).status == 0)
        }
        #expect(try limber.run(["history", "--days", "30"]).stdout.hasPrefix("2026-03-02\n"), "two cracks in 7 days: no alert")
        _ = try limber.run(["log", "crack"])
        #expect(try limber.run(["history"]).stdout.hasPrefix("""
            Worth getting checked: book an assessment with your physiotherapist or GP.
              - You logged 3 back cracks in the last 7 days.

            2026-03-02
            """))
    }

    @Test func aFlareUpMakesTheNextSessionsGentle() throws {
        // Two quick routines in the families a gentle session plays.
        _ = try limber.writeRoutine(id: "tiny-move", in: "clinic", """
            id: tiny-move
            name: Tiny move
            family: mobility
            steps:
              - {name: Move, kind: reps, reps: 1, tempo: 1}
            """)
        let clinic = try limber.writeRoutine(id: "tiny-breath", in: "clinic", """
            id: tiny-breath
            name: Tiny breath
            family: breathing
            steps:
              - {name: Breathe, kind: breathe, pattern: {inhale: 1, exhale: 1}, cycles: 1}
            """)
        let flare = try limber.run(["log", "flare"])
        #expect(flare.stdout == """
            Logged a flare-up on 2026-03-02.
            Sessions are gentle until 2026-03-04 (mobility and breathing, the easiest of each). Keep moving gently; stop anything that makes the pain sharper or sends it down a leg.

            """)
        // The session's start is what counts (its plan is stored then): it is stopped with Ctrl-C
        // once it has said why it is gentle, rather than played for minutes.
        let played = try limber.runInterrupted(
            ["start", "--plain", "--routines", clinic.path], afterPrinting: "A gentle session today",
            environment: ["LIMBER_NOW": "2026-03-04T09:00:00Z"])
        #expect(played.status == 130)
        #expect(played.stdout.hasPrefix("A gentle session today: you logged a flare-up on 2026-03-02.\n"))
        // Mobility and breathing only, whichever the scheduler picked.
        let families = try #require(try JSONSerialization.jsonObject(
            with: Data(limber.run(["routines", "list", "--json", "--routines", clinic.path]).stdout.utf8)) as? [[String: Any]])
        let familyOf = Dictionary(uniqueKeysWithValues: families.compactMap { entry in
            (entry["id"] as? String).map { ($0, entry["family"] as? String ?? "") }
        })
        let planned = try limber.query("SELECT routine_id FROM planned_set")
        #expect(!planned.isEmpty && planned.allSatisfy { ["mobility", "breathing"].contains(familyOf[$0]) }, "\(planned)")
    }
}
