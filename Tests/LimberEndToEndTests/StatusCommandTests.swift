import Foundation
import Testing

/// `limber status`: the line a tmux status bar or a shell prompt shows every few seconds.
struct StatusCommandTests {
    let limber = LimberProcess()
    /// A UTF-8 locale, and one without (LANG=C), whatever the test runner's is.
    let utf8 = ["LC_ALL": "C.UTF-8"]
    let ascii = ["LC_ALL": "C"]
    var log: URL { limber.home.appendingPathComponent("limber.sqlite") }

    func status(_ arguments: [String] = [], environment: [String: String] = [:]) throws -> LimberProcess.Result {
        try limber.run(["status"] + arguments, environment: utf8.merging(environment) { $1 })
    }

    @Test func noLogYetPrintsNothingAndMakesNothing() throws {
        let result = try status()
        #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty)
        #expect(try status(["--json"]).stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: limber.home.path))
    }

    @Test func aFreshLogShowsTodaysMinutesAndNoStreak() throws {
        #expect(try limber.run(["profile", "set", "--minutes", "12"]).status == 0)
        #expect(try status().stdout == "Limber: 12 min today\n")
        let json = try JSONSerialization.jsonObject(with: Data(status(["--json"]).stdout.utf8)) as! [String: Any]
        #expect(Set(json.keys) == ["date", "minutes", "done", "streak", "stop", "kind", "text"])
        #expect(json["date"] as? String == "2026-03-02" && json["minutes"] as? Int == 12 && json["done"] as? Bool == false)
        #expect(json["streak"] as? Int == 0 && json["stop"] as? Bool == false && json["kind"] as? String == "regular")
        #expect(json["text"] as? String == "Limber: 12 min today")
    }

    @Test func aDoneDayIsMarkedAndTheStreakIsTheSummarys() throws {
        #expect(try limber.playTinyRoutine(environment: ["LIMBER_NOW": "2026-03-01T09:00:00Z"]).status == 0)
        // Yesterday's streak stands until today passes without a session.
        #expect(try status().stdout == "Limber: 15 min today · streak 1\n")
        let played = try limber.playTinyRoutine()
        #expect(played.stdout.contains("Streak: 2 days in a row."))
        #expect(try status().stdout == "Limber: done today ✓ · streak 2\n")
        #expect(try status(environment: ascii).stdout == "Limber: done today [x] - streak 2\n")
        #expect(try status(["--format", "%m|%s|%d|%k|%t|100%%"]).stdout
            == "15|2|✓|regular|Limber: done today ✓ · streak 2|100%\n")
        #expect(try status(["--format", "%d"], environment: ascii).stdout == "[x]\n")
        // The day after next, with no session yesterday: no streak, and a shorter first day back.
        let later = try status(["--json"], environment: ["LIMBER_NOW": "2026-03-05T09:00:00Z"]).stdout
        #expect(later.contains("\"streak\" : 0") && later.contains("\"kind\" : \"comeback\"") && later.contains("\"done\" : false"))
    }

    /// `status` skips argument-parser for a plain command line (QuickCommandLine): every way of
    /// writing one gives the same answer as before, and what it leaves to argument-parser too.
    @Test func theOptionsMayComeInAnyOrderAndEitherForm() throws {
        #expect(try limber.run(["profile", "set", "--minutes", "12"]).status == 0)
        let home = limber.home.path
        let elsewhere = ["LIMBER_HOME": limber.home.appendingPathComponent("nobody").path]
        for arguments in [["--home", home, "status"], ["--home=\(home)", "status"], ["status", "--home", home],
                          ["status", "--home=\(home)"], ["--home", home, "--routines", home, "status"]] {
            let result = try limber.run(arguments, environment: utf8.merging(elsewhere) { $1 })
            #expect(result.status == 0 && result.stdout == "Limber: 12 min today\n" && result.stderr.isEmpty, "\(arguments)")
        }
        for arguments in [["status", "--format", "%m %k"], ["status", "--format=%m %k"], ["--home", home, "status", "--format", "%m %k"],
                          ["status", "--format", "%m %k", "--home=\(home)"]] {
            #expect(try limber.run(arguments, environment: utf8).stdout == "12 regular\n", "\(arguments)")
        }
        #expect(try limber.run(["status", "--json", "--home", home], environment: utf8.merging(elsewhere) { $1 }).stdout
            .contains("\"minutes\" : 12"))
        // Left to argument-parser: a value that starts with a dash, a repeated option, help.
        #expect(try status(["--format=-%m-"]).stdout == "-12-\n")
        #expect(try status(["--json", "--json"]).stdout.contains("\"minutes\" : 12"))
        #expect(try status(["--help"]).stdout.contains("USAGE: limber status"))
        let both = try status(["--json", "--format", "%m"])
        #expect(both.status == 64 && both.stdout.isEmpty && both.stderr.contains("--format and --json cannot be given together."))
    }

    @Test func aRedFlagDaySaysNoExerciseAndNeverASession() throws {
        #expect(try limber.run(["log", "symptom", "saddle-numbness"]).status == 0)
        #expect(try status().stdout == "Limber: no exercise — see 'limber today'\n")
        #expect(try status(environment: ascii).stdout == "Limber: no exercise - see 'limber today'\n")
        #expect(try status(["--format", "%k %m"]).stdout == "stop 0\n")
        let json = try JSONSerialization.jsonObject(with: Data(status(["--json"]).stdout.utf8)) as! [String: Any]
        #expect(json["stop"] as? Bool == true && json["minutes"] as? Int == 0)
    }

    @Test func aGentleDayAfterAPainfulSessionLongAgoAgreesWithToday() throws {
        // The last session, twelve days back (beyond the week status reads first), was too painful.
        let file = limber.home.appendingPathComponent("old.jsonl")
        try FileManager.default.createDirectory(at: limber.home, withIntermediateDirectories: true)
        try Data("""
            {"exported_at":"2026-02-20T00:00:00.000Z","format":"limber-log","version":3}
            {"type":"session","id":"0f8fad5b-d9cb-469f-a165-70867728950e","day":"2026-02-18","planned_routines":["cat-camel"],"started_at":"2026-02-18T08:00:00.000Z","status":"completed","pain_after":7}
            {"type":"step","id":"0f8fad5b-d9cb-469f-a165-70867728950f","session_id":"0f8fad5b-d9cb-469f-a165-70867728950e","routine_id":"cat-camel","step_index":0,"step_name":"Rock","set_number":1,"planned_seconds":30,"done_seconds":30,"status":"done","started_at":"2026-02-18T08:00:00.000Z","ended_at":"2026-02-18T08:00:30.000Z"}

            """.utf8).write(to: file)
        #expect(try limber.run(["import", file.path]).status == 0)
        #expect(try status().stdout == "Limber: 9 min today (gentle)\n")
        let today = try JSONSerialization.jsonObject(with: Data(limber.run(["today", "--json"]).stdout.utf8)) as! [String: Any]
        let json = try JSONSerialization.jsonObject(with: Data(status(["--json"]).stdout.utf8)) as! [String: Any]
        #expect(json["kind"] as? String == today["kind"] as? String && json["minutes"] as? Int == today["minutes"] as? Int)
    }

    /// Three years of daily sessions up to yesterday, a pain report each week, a profile with a
    /// flagged issue and a red flag cleared long ago: the line `status` gave before it read the
    /// log without GRDB, and the kind and minutes `today` gives.
    @Test func aThreeYearLogGivesTheSameLineAsBefore() throws {
        /// A record's id: the log takes only UUIDs.
        func id(_ kind: Int, _ number: Int) -> String { String(format: "%08x-0000-4000-8000-%012x", kind, number) }
        var lines = [#"{"exported_at":"2026-03-01T20:00:00.000Z","format":"limber-log","version":3}"#]
        lines.append(#"{"type":"profile-change","id":"\#(id(1, 0))","day":"2023-03-01","name":"Sam \u001b[2J","flagged_issues":[{"issue":"prolonged-sitting","since":"2023-03-01"}],"conditions":[],"equipment":["mat"],"rest_days":[],"daily_minutes":20,"updated_at":"2023-03-01T08:00:00.000Z"}"#)
        lines.append(#"{"type":"self-report","id":"\#(id(4, 0))","day":"2023-04-01","recorded_at":"2023-04-01T08:00:00.000Z","kind":"symptom","symptom":"saddle-numbness"}"#)
        lines.append(#"{"type":"clearance","id":"\#(id(5, 0))","day":"2023-04-02","recorded_at":"2023-04-02T08:00:00.000Z","symptom":"saddle-numbness","cleared_by":"Dr Lee"}"#)
        let days = ISO8601DateFormatter()
        days.formatOptions = [.withFullDate]
        let start = Date(timeIntervalSince1970: 1_677_715_200)  // 2023-03-02, UTC
        for offset in 0...(3 * 365) {
            let day = days.string(from: start.addingTimeInterval(Double(offset) * 86_400))
            lines.append(#"{"type":"session","id":"\#(id(2, offset))","day":"\#(day)","planned_routines":["cat-camel"],"started_at":"\#(day)T08:00:00.000Z","ended_at":"\#(day)T08:10:00.000Z","status":"completed","pain_before":3,"pain_after":2,"effort":"about-right"}"#)
            lines.append(#"{"type":"step","id":"\#(id(3, offset))","session_id":"\#(id(2, offset))","routine_id":"cat-camel","step_index":0,"step_name":"Rock","set_number":1,"planned_seconds":30,"done_seconds":30,"status":"done","started_at":"\#(day)T08:00:00.000Z","ended_at":"\#(day)T08:00:30.000Z"}"#)
            if offset % 7 == 0 {
                lines.append(#"{"type":"self-report","id":"\#(id(4, offset + 1))","day":"\#(day)","recorded_at":"\#(day)T09:00:00.000Z","kind":"pain","pain":3,"note":"tab\there"}"#)
            }
        }
        let file = limber.home.appendingPathComponent("three-years.jsonl")
        try FileManager.default.createDirectory(at: limber.home, withIntermediateDirectories: true)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let imported = try limber.run(["import", file.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try status().stdout == "Limber: 20 min today · streak 1096\n")
        #expect(try status(["--format", "%m|%s|%d|%k"]).stdout == "20|1096||regular\n")
        let today = try JSONSerialization.jsonObject(with: Data(limber.run(["today", "--json"]).stdout.utf8)) as! [String: Any]
        let json = try JSONSerialization.jsonObject(with: Data(status(["--json"]).stdout.utf8)) as! [String: Any]
        #expect(json["kind"] as? String == today["kind"] as? String && json["minutes"] as? Int == today["minutes"] as? Int)
        #expect(try FileManager.default.contentsOfDirectory(atPath: limber.home.path).sorted() == ["limber.sqlite", "three-years.jsonl"])
    }

    @Test func aRestDayShowsTheShortRestSession() throws {
        // 2 March 2026 is a Monday.
        #expect(try limber.run(["profile", "set", "--rest-day", "mon", "--minutes", "20"]).status == 0)
        #expect(try status().stdout == "Limber: rest day, 8 min\n")
        #expect(try status(["--format", "%k %m"]).stdout == "rest 8\n")
    }

    @Test(arguments: [("x%q", "'%q'"), ("%", "a lone '%' at its end"), ("%\u{1B}", "'%\\u{1B}'")])
    func anUnknownPlaceholderIsAUsageErrorNamingIt(format: String, named: String) throws {
        let result = try status(["--format", format])
        #expect(result.status == 64 && result.stdout.isEmpty)
        #expect(result.stderrLines.first?.contains(named) == true)
        #expect(result.stderrLines.first?.contains("%m: today's minutes") == true)
    }

    @Test func itNeitherWritesNorMigratesNorLocksTheLog() throws {
        #expect(try limber.run(["log", "pain", "2"]).status == 0)
        // A log from before the screening tables: reading it must not bring it up to date.
        #expect(try LimberProcess.runTool("/usr/bin/env", ["sqlite3", log.path, """
            DROP TABLE screening; DROP TABLE clearance; DELETE FROM grdb_migrations WHERE identifier LIKE 'v3%';
            """]) == 0)
        let before = try Data(contentsOf: log)
        #expect(try status().stdout == "Limber: 15 min today\n")
        #expect(try Data(contentsOf: log) == before)
        #expect(try limber.query("SELECT count(*) FROM grdb_migrations WHERE identifier LIKE 'v3%'") == ["0"])
        // No session lock, and not even SQLite's -wal and -shm, beside the log.
        #expect(try FileManager.default.contentsOfDirectory(atPath: limber.home.path) == ["limber.sqlite"])
        #expect(try status().stdout == "Limber: 15 min today\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: limber.home.path) == ["limber.sqlite"])
    }

    @Test func itAnswersAtOnceWhileAnotherProcessHoldsTheWriteLock() throws {
        #expect(try limber.run(["log", "pain", "2"]).status == 0)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // It waits for the lock itself (boundedly): a probe below may hold it for a moment.
        holder.arguments = ["sqlite3", "-cmd", ".timeout 5000", log.path]
        let input = Pipe()
        holder.standardInput = input
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        defer {
            try? input.fileHandleForWriting.close()
            holder.waitUntilExit()
        }
        input.fileHandleForWriting.write(Data("BEGIN EXCLUSIVE; INSERT INTO self_report (id, day, recorded_at, kind, pain) VALUES ('x', '2026-03-02', '2026-03-02T08:00:00.000Z', 'pain', 9);\n".utf8))
        // Wait until the transaction holds the lock: a write from here would be refused. A real
        // sqlite3 process takes it in its own time, so this polls, bounded: 100 tries 20 ms apart.
        var locked = false
        for _ in 0..<100 where !locked {
            let probe = try LimberProcess.runTool("/usr/bin/env", ["sqlite3", "-cmd", ".timeout 0", log.path, "BEGIN IMMEDIATE; ROLLBACK;"])
            locked = probe != 0
            if !locked { usleep(20_000) }  // bounded wait on a real sqlite3 process, not a timer under test
        }
        #expect(locked)
        let started = Date()
        let result = try status()
        #expect(Date().timeIntervalSince(started) < 2, "status waited on the lock")
        #expect(result.status == 0 && result.stdout == "Limber: 15 min today\n")
    }

    @Test func aForeignOrDamagedFileIsAnErrorOnStandardError() throws {
        try FileManager.default.createDirectory(at: limber.home, withIntermediateDirectories: true)
        #expect(try LimberProcess.runTool("/usr/bin/env", ["sqlite3", log.path, "CREATE TABLE contacts (name TEXT)"]) == 0)
        let foreign = try status()
        #expect(foreign.status == 1 && foreign.stdout.isEmpty)
        #expect(foreign.stderr.contains("limber.sqlite") && foreign.stderr.contains("not a Limber log"))
        try Data(repeating: 0x41, count: 8192).write(to: log)
        let damaged = try status()
        #expect(damaged.status == 1 && damaged.stdout.isEmpty && damaged.stderr.contains("limber.sqlite"))
    }
}
