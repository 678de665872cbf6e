import Foundation
import GRDB
import LimberCore
@testable import LimberStore
import LimberTestSupport
import Testing

/// The bare reader (RawLogRead) of `status` and of the review against the GRDB reader every other
/// command uses: the same records, the same errors, and the ordinary reader whenever it must not
/// read.
@Suite("Reading a log for status and review without GRDB")
struct RawLogReadTests {
    let utc = TimeZone(identifier: "UTC")!
    /// Every day the records below fall on, and more.
    let first: LocalDay = "2013-12-01"
    let last: LocalDay = "2024-12-31"

    /// Everything `DayLogReader` reads over `first...last`, as one value to compare.
    struct DayReads: Equatable {
        var sessions: [SessionRecord]
        var played: [LocalDay]
        var reports: [SelfReport]
        var symptoms: [SelfReport]
        var screenings: [Screening]
        var clearances: [Clearance]
        var profiles: ProfileHistory

        init(_ log: any DayLogReader, from first: LocalDay, through last: LocalDay) throws {
            sessions = try log.sessionRecords(from: first, through: last)
            played = try log.playedDays(from: first, through: last)
            reports = try log.selfReports(from: first, through: last)
            symptoms = try log.symptomReports(through: last)
            screenings = try log.screenings(from: first, through: last)
            clearances = try log.clearances(from: first, through: last)
            profiles = try log.profileHistory()
        }
    }

    /// What the bare reader reads, nil when it left the log to the ordinary reader.
    func raw(_ home: URL) throws -> DayReads? {
        try RawLogRead.attempt(LogLocation(home: home)) { try DayReads($0, from: first, through: last) }
    }

    func grdb(_ home: URL) throws -> DayReads {
        try DayReads(try #require(try LogOpening.forReading(home: home)), from: first, through: last)
    }

    /// Runs `sql` on the log as another program would, and closes it (its -wal goes with it).
    func change(_ home: URL, _ sql: String) throws {
        let queue = try DatabaseQueue(path: logFile(in: home).path)
        try queue.write { try $0.execute(sql: sql) }
        try queue.close()
        #expect(try sideFiles(in: home).isEmpty)
    }

    /// Text as a patient or a clinic might type it, or worse: control characters, escapes, quotes,
    /// a NUL, non-ASCII letters.
    func text(_ random: inout SeededRandom) -> String {
        let pieces = ["a", "Zoë", " ", "\u{1B}[2J", "\u{0}", "\t", "\n", "\"", "\\", "[", "]", ",", "\u{7F}", "\u{202E}", "%", "😀"]
        return (0..<Int.random(in: 1...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    /// Records of every kind, written through the store, with NULLs wherever the log allows them.
    func fill(_ home: URL, seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let store = try LogOpening.forWriting(home: home)
        try Sample.fill(store, days: 12)
        _ = try store.beginSession(day: "2024-05-01", plannedRoutines: [], startedAt: Sample.at(0))
        for index in 0..<12 {
            let instant = Sample.at(Double(index) * 7_000)
            let note: String? = Bool.random(using: &random) ? text(&random) : nil
            try store.record(SelfReport.pain(Int.random(in: 0...10, using: &random), at: instant, in: utc, note: note))
            try store.record(SelfReport.symptom(text(&random), at: instant.addingTimeInterval(1), in: utc, note: note))
            try store.record(Screening(symptoms: (0..<index % 3).map { _ in "s" + text(&random) }, at: instant.addingTimeInterval(2), in: utc))
            try store.record(Clearance(symptom: "c" + text(&random), by: "Dr " + text(&random), at: instant.addingTimeInterval(3), in: utc))
            try store.saveProfile(Profile(
                day: LocalDay(containing: instant, in: utc), name: Bool.random(using: &random) ? text(&random) : nil,
                flaggedIssues: index % 2 == 0 ? [] : [FlaggedIssue(issue: text(&random), since: "2024-04-30")],
                conditions: (0..<index % 3).map { _ in text(&random) }, weakerSide: [nil, .left, .right][index % 3],
                dailyMinutes: index % 4 == 0 ? nil : 5 + index, equipment: index % 2 == 0 ? ["mat"] : [text(&random)],
                restDays: Array(Weekday.allCases.prefix(index % 8)), voice: [nil, true, false][index % 3],
                updatedAt: instant.addingTimeInterval(4)))
        }
    }

    @Test("reads every record exactly as the GRDB reader does, text with control characters and NULLs included",
          arguments: [1, 2, 3] as [UInt64])
    func sameRecordsAsGRDB(seed: UInt64) throws {
        try withTemporaryHome { home in
            try fill(home, seed: seed)
            let expected = try grdb(home)
            #expect(!expected.sessions.isEmpty && !expected.reports.isEmpty && !expected.screenings.isEmpty)
            #expect(!expected.clearances.isEmpty && expected.profiles.changes.count == 13 && !expected.played.isEmpty)
            #expect(expected.profiles.changes.contains { !$0.flaggedIssues.isEmpty && $0.name == nil && $0.voice == nil })
            #expect(try raw(home) == expected)
            #expect(try sideFiles(in: home).isEmpty, "reading made SQLite's side files")
        }
    }

    @Test("a log a writer has open is left to the ordinary reader, which sees its latest writes")
    func aLogOpenElsewhere() throws {
        try withTemporaryHome { home in
            let writer = try LogOpening.forWriting(home: home)
            try writer.record(.pain(3, at: Sample.at(0), in: utc))
            #expect(FileManager.default.fileExists(atPath: logFile(in: home).path + "-wal"))
            #expect(try raw(home) == nil)
            let pains = try LogOpening.readingDay(home: home) { try $0.selfReports(from: "2024-05-01", through: "2024-05-01").map(\.pain) }
            #expect(pains == [3])
        }
    }

    @Test("no log is nil and makes nothing; a log nobody has open is read leaving no side files")
    func noLogAndNoSideFiles() throws {
        try withTemporaryHome { home in
            #expect(try LogOpening.readingDay(home: home) { _ in 1 } == nil)
            #expect(!FileManager.default.fileExists(atPath: home.path))
            try LogOpening.forWriting(home: home).record(.pain(4, at: Sample.at(0), in: utc))
            let pains = try LogOpening.readingDay(home: home) { try $0.selfReports(from: "2024-05-01", through: "2024-05-01").map(\.pain) }
            #expect(pains == [4])
            #expect(try raw(home) != nil)
            #expect(try sideFiles(in: home).isEmpty, "reading made SQLite's side files")
        }
    }

    @Test("an older log, which would need migrating, is left to the ordinary reader and not changed")
    func anOlderLog() throws {
        try withTemporaryHome { home in
            try LogOpening.forWriting(home: home).record(.pain(2, at: Sample.at(0), in: utc))
            try change(home, "ALTER TABLE profile_change DROP COLUMN voice; DELETE FROM grdb_migrations WHERE identifier LIKE 'v4%'")
            let before = try Data(contentsOf: logFile(in: home))
            #expect(try raw(home) == nil)
            let pains = try LogOpening.readingDay(home: home) { try $0.selfReports(from: "2024-05-01", through: "2024-05-01").map(\.pain) }
            #expect(pains == [2])
            #expect(try Data(contentsOf: logFile(in: home)) == before)
        }
    }

    @Test("a newer Limber's log is left to the ordinary reader, which refuses it as before")
    func aNewerLog() throws {
        try withTemporaryHome { home in
            try LogOpening.forWriting(home: home).record(.pain(2, at: Sample.at(0), in: utc))
            try change(home, "INSERT INTO grdb_migrations (identifier) VALUES ('v9: from the future')")
            #expect(try raw(home) == nil)
            #expect(throws: LogStoreError.newerLog(path: logFile(in: home).path)) {
                try LogOpening.readingDay(home: home) { try $0.profileHistory() }
            }
        }
    }

    @Test("a value the log could not have written is the same invalidRecord error either way",
          arguments: [
            ("UPDATE session SET day = '2024-02-30'", "session.day '2024-02-30' is not a date like 2024-05-01"),
            ("UPDATE session SET status = 'maybe'", "session.status 'maybe' is not one of"),
            ("UPDATE self_report SET recorded_at = 'noon'", "self_report.recorded_at 'noon' is not a time like"),
          ])
    func aMalformedValue(update: String, message: String) throws {
        try withTemporaryHome { home in
            do {
                // The store closes at the end of this block, as a `limber log` would.
                let store = try LogOpening.forWriting(home: home)
                _ = try store.beginSession(day: "2024-05-01", plannedRoutines: ["cat-camel"], startedAt: Sample.at(0))
                try store.record(.pain(2, at: Sample.at(0), in: utc))
            }
            try change(home, update)
            let rawError = #expect(throws: LogStoreError.self) { try raw(home) }
            let grdbError = #expect(throws: LogStoreError.self) { try grdb(home) }
            let statusError = #expect(throws: LogStoreError.self) {
                try LogOpening.readingDay(home: home) { try DayReads($0, from: first, through: last) }
            }
            #expect(rawError == grdbError && statusError == grdbError)
            #expect(rawError.map { "\($0)" }?.contains(message) == true, "\(String(describing: rawError))")
        }
    }

    /// The whole log as the review's bare reader reads it, nil when it left the log to GRDB's.
    func rawContents(_ home: URL) throws -> LogContents? {
        try RawLogRead.attempt(LogLocation(home: home)) { try LogContents(reading: $0) }
    }

    /// The whole log as the review's bare reader reads a large log, its steps in parts on
    /// connections of their own; nil when it left the log to GRDB's.
    func rawContentsInParts(_ home: URL) -> LogContents? {
        RawLogRead.contents(LogLocation(home: home), stepIDs: true, largeLog: 0)
    }

    /// `contents` as the review's bare reader reads it, small and in parts: the same, but for
    /// the steps' ids, which the review neither reads nor shows.
    func expectReviewRead(_ home: URL, _ contents: LogContents) {
        var withoutStepIDs = contents
        for index in withoutStepIDs.steps.indices { withoutStepIDs.steps[index].id = "" }
        #expect(RawLogRead.contents(LogLocation(home: home), stepIDs: false) == withoutStepIDs)
        #expect(RawLogRead.contents(LogLocation(home: home), stepIDs: false, largeLog: 0) == withoutStepIDs)
    }

    /// The whole log as GRDB's reader reads it (export, and the review before the bare reader).
    func grdbContents(_ home: URL) throws -> LogContents {
        try #require(try AppDatabase.existing(home: home)).contents()
    }

    func review(_ contents: LogContents) -> PatientReview {
        PatientReview(contents: contents, patient: "home", source: "home", from: first, to: last, today: last, safety: ReviewFixture.safety)
    }

    @Test("the review reads every record of every kind exactly as the GRDB reader does, in the same order: the same report",
          arguments: [1, 2, 3] as [UInt64])
    func reviewReadsWhatGRDBReads(seed: UInt64) throws {
        try withTemporaryHome { home in
            try fill(home, seed: seed)
            // Planned sets, steps played out of order and a session across midnight.
            _ = try AppDatabase(home: home).merge(ReviewFixture.contents)
            let expected = try grdbContents(home)
            #expect(!expected.plannedSets.isEmpty && !expected.steps.isEmpty && !expected.screenings.isEmpty && !expected.clearances.isEmpty)
            #expect(expected.profileChanges.count == 14 && expected.selfReports.count > 24)
            #expect(try rawContents(home) == expected)
            #expect(rawContentsInParts(home) == expected)
            expectReviewRead(home, expected)
            let (folder, file) = (try LogOpening.snapshot(at: home), try LogOpening.snapshot(at: logFile(in: home)))
            #expect(folder == expected && file == expected)
            #expect(review(folder) == review(expected) && !review(folder).sessions.isEmpty)
            #expect(try sideFiles(in: home).isEmpty, "reading made SQLite's side files")
        }
    }

    @Test("records stored out of the order they are read in (a merge, ties, non-ASCII ids, a text where a number goes) come in GRDB's order",
          arguments: [
            // Each table stored backwards.
            """
            CREATE TABLE copy AS SELECT * FROM step_result ORDER BY id DESC; DELETE FROM step_result;
            INSERT INTO step_result SELECT * FROM copy; DROP TABLE copy;
            CREATE TABLE copy AS SELECT * FROM self_report ORDER BY recorded_at DESC; DELETE FROM self_report;
            INSERT INTO self_report SELECT * FROM copy; DROP TABLE copy;
            """,
            // Ties broken by ids that sort differently as bytes and as Swift strings.
            """
            UPDATE session SET started_at = '2014-01-02T09:00:00.000Z';
            UPDATE step_result SET started_at = '2014-01-02T09:00:00.000Z', step_index = 0, set_number = 1;
            UPDATE step_result SET id = 'e' || char(769) || id WHERE rowid % 2 = 0; UPDATE step_result SET id = 'Z' || id WHERE rowid % 5 = 0;
            UPDATE self_report SET recorded_at = '2014-01-01T10:00:00.000Z', id = 'é' || id WHERE rowid % 3 = 0;
            """,
            "UPDATE step_result SET step_index = 'x' WHERE rowid = 2",
            "UPDATE screening SET recorded_at = '2014-01-01T10:00:00.000Z'; UPDATE clearance SET recorded_at = '2014-01-01T10:00:00.000Z'",
            // Sessions whose ids are not lowercase hexadecimal, as a large log's steps are read in
            // parts by their session's id.
            """
            PRAGMA defer_foreign_keys = ON;
            UPDATE session SET id = CASE WHEN substr(id, 2, 1) < '8' THEN upper(id) WHEN substr(id, 3, 1) < '8' THEN 'é' || id ELSE id END;
            UPDATE step_result SET session_id = CASE WHEN substr(session_id, 2, 1) < '8' THEN upper(session_id) WHEN substr(session_id, 3, 1) < '8' THEN 'é' || session_id ELSE session_id END;
            UPDATE planned_set SET session_id = CASE WHEN substr(session_id, 2, 1) < '8' THEN upper(session_id) WHEN substr(session_id, 3, 1) < '8' THEN 'é' || session_id ELSE session_id END;
            """,
          ])
    func outOfOrder(sql: String) throws {
        try withTemporaryHome { home in
            try fill(home, seed: 5)
            _ = try AppDatabase(home: home).merge(ReviewFixture.contents)
            try change(home, sql)
            let expected = try grdbContents(home)
            #expect(try rawContents(home) == expected)
            #expect(rawContentsInParts(home) == expected)
            expectReviewRead(home, expected)
            #expect(try LogOpening.snapshot(at: home) == expected)
        }
    }

    @Test("a log a session has open is reviewed through GRDB's reader, with everything committed")
    func reviewOfALogOpenElsewhere() throws {
        try withTemporaryHome { home in
            let writer = try AppDatabase(home: home)
            _ = try writer.merge(ReviewFixture.contents)
            try writer.record(.pain(3, at: Sample.at(0), in: utc))
            #expect(FileManager.default.fileExists(atPath: logFile(in: home).path + "-wal"))
            #expect(try rawContents(home) == nil)
            let snapshot = try LogOpening.snapshot(at: home)
            #expect(snapshot == (try writer.contents()) && snapshot.selfReports.contains { $0.pain == 3 })
        }
    }

    @Test("an older log is reviewed through its migrated private copy, and not changed")
    func reviewOfAnOlderLog() throws {
        try withTemporaryHome { home in
            _ = try AppDatabase(home: home).merge(ReviewFixture.contents)
            let contents = try grdbContents(home)
            try change(home, "ALTER TABLE profile_change DROP COLUMN voice; DELETE FROM grdb_migrations WHERE identifier LIKE 'v4%'")
            let before = try Data(contentsOf: logFile(in: home))
            #expect(try rawContents(home) == nil)
            #expect(try LogOpening.snapshot(at: home) == contents && !contents.steps.isEmpty)
            #expect(try Data(contentsOf: logFile(in: home)) == before)
            #expect(try sideFiles(in: home).isEmpty)
        }
    }

    @Test("a newer Limber's log is refused by the review as before")
    func reviewOfANewerLog() throws {
        try withTemporaryHome { home in
            _ = try AppDatabase(home: home).merge(ReviewFixture.contents)
            try change(home, "INSERT INTO grdb_migrations (identifier) VALUES ('v9: from the future')")
            #expect(try rawContents(home) == nil)
            #expect(throws: LogStoreError.newerLog(path: logFile(in: home).path)) { try LogOpening.snapshot(at: home) }
        }
    }

    @Test("a record the log could not have written stops the review with GRDB's reader's error",
          arguments: [
            ("UPDATE session SET started_at = 'noon'", "session.started_at 'noon' is not a time like"),
            ("UPDATE step_result SET status = 'maybe'", "step_result.status 'maybe' is not one of"),
            ("UPDATE planned_set SET side = 'up'", "planned_set.side 'up' is not one of"),
            // Profiles and screenings too are read by column by both readers, naming the column.
            ("UPDATE profile_change SET rest_days = 'sun'", "profile_change.rest_days 'sun' is not a list of names"),
            ("UPDATE screening SET day = '2024-02-30'", "screening.day '2024-02-30' is not a date like 2024-05-01"),
          ])
    func reviewOfAMalformedRecord(update: String, expected: String) throws {
        try withTemporaryHome { home in
            try fill(home, seed: 4)
            _ = try AppDatabase(home: home).merge(ReviewFixture.contents)
            try change(home, update)
            let rawError = #expect(throws: (any Error).self) { try rawContents(home) }
            let grdbError = #expect(throws: (any Error).self) { try grdbContents(home) }
            let reviewError = #expect(throws: (any Error).self) { try LogOpening.snapshot(at: home) }
            let message = reviewError.map { "\($0)" }
            #expect(rawError != nil && message != nil && message == grdbError.map { "\($0)" })
            #expect(message?.contains(expected) == true, "\(message ?? "")")
        }
    }

    @Test("an up-to-date log is one that has run exactly the migrator's migrations")
    func theMigrationsAreTheMigrators() {
        #expect(LogMigrations.identifiers == LogMigrations.migrator.migrations)
    }
}
