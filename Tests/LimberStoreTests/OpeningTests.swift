import Foundation
import GRDB
import LimberCore
import LimberStore
import Testing

@Suite("Opening the log")
struct OpeningTests {
    @Test("a first run makes a private folder and file, and an empty log that keeps what is written")
    func firstRun() throws {
        try withTemporaryHome { home in
            let store = try AppDatabase(home: home)
            #expect(try store.sessions(from: "2000-01-01", through: "2100-01-01").isEmpty)
            #expect(try store.profile() == nil)
            #expect(try permissions(of: home) == 0o700)
            #expect(try permissions(of: logFile(in: home)) == 0o600)

            try store.record(.pain(5, at: Sample.morning))
            let reopened = try AppDatabase(home: home)
            #expect(try reopened.selfReports(from: "2000-01-01", through: "2100-01-01").map(\.pain) == [5])
        }
    }

    @Test("a log is written ahead (WAL), so that another terminal can write while a session does: a new one, and one another program put back in rollback mode")
    func writeAheadLog() throws {
        try withTemporaryHome { home in
            func journalMode() throws -> String? {
                let look = try DatabaseQueue(path: logFile(in: home).path)
                defer { try? look.close() }
                return try look.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
            }
            try AppDatabase(home: home).record(.pain(5, at: Sample.morning))
            #expect(try journalMode() == "wal")

            let other = try DatabaseQueue(path: logFile(in: home).path)
            try other.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = DELETE") }
            try other.close()
            #expect(try journalMode() == "delete")
            try AppDatabase(home: home).record(.pain(4, at: Sample.morning))
            #expect(try journalMode() == "wal")
        }
    }

    @Test("a damaged file is reported and left byte for byte as it was")
    func damagedFile() throws {
        try withTemporaryHome { home in
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) })
            try garbage.write(to: logFile(in: home))

            #expect(throws: LogStoreError.notALog(path: logFile(in: home).path)) {
                try AppDatabase(home: home)
            }
            #expect(try Data(contentsOf: logFile(in: home)) == garbage)
            #expect(try FileManager.default.contentsOfDirectory(atPath: home.path) == ["limber.sqlite"])
        }
    }

    @Test("a log whose first page is overwritten is reported, not replaced by an empty one")
    func overwrittenHeader() throws {
        try withTemporaryHome { home in
            try Sample.fill(AppDatabase(home: home), days: 3)
            var bytes = try Data(contentsOf: logFile(in: home))
            bytes.replaceSubrange(0..<16, with: Data(repeating: 0x2A, count: 16))
            try bytes.write(to: logFile(in: home))

            #expect(throws: LogStoreError.notALog(path: logFile(in: home).path)) {
                try AppDatabase(home: home)
            }
            #expect(try Data(contentsOf: logFile(in: home)) == bytes)
        }
    }

    @Test("a read-only data folder without a log gives a clear error and creates nothing")
    func readOnlyEmptyHome() throws {
        try withTemporaryHome { home in
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let error = try whileReadOnly(home) {
                #expect(throws: LogStoreError.self) { try AppDatabase(home: home) }
            }
            #expect(error == .readOnly(path: home.path))
            #expect("\(error!)".contains("read-only"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: home.path).isEmpty)
        }
    }

    @Test("a data folder that would be made inside a read-only folder names that folder")
    func homeInsideReadOnlyFolder() throws {
        try withTemporaryHome { home in
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let inside = home.appendingPathComponent("limber/data")
            try whileReadOnly(home) {
                #expect(throws: LogStoreError.readOnly(path: home.path)) { try AppDatabase(home: inside) }
            }
            #expect(!FileManager.default.fileExists(atPath: inside.path))
        }
    }

    @Test("a read-only data folder with a log gives a clear error and leaves the log as it was")
    func readOnlyHomeWithLog() throws {
        try withTemporaryHome { home in
            try Sample.fill(AppDatabase(home: home), days: 2)
            let before = try Data(contentsOf: logFile(in: home))
            try whileReadOnly(home) {
                #expect(throws: LogStoreError.readOnly(path: home.path)) { try AppDatabase(home: home) }
            }
            #expect(try Data(contentsOf: logFile(in: home)) == before)
        }
    }

    @Test("reading a home with no log creates nothing")
    func readingNoLog() throws {
        try withTemporaryHome { home in
            let store = try AppDatabase.existing(home: home)
            #expect(store == nil)
            #expect(!FileManager.default.fileExists(atPath: home.path))
        }
    }

    @Test("a log in a read-only folder can still be read, and is left as it was")
    func readingReadOnlyHome() throws {
        try withTemporaryHome { home in
            // The patient's Limber still has the log open: its last writes are only in the WAL.
            let owner = try AppDatabase(home: home)
            try Sample.fill(owner, days: 2)
            #expect(FileManager.default.fileExists(atPath: logFile(in: home).path + "-wal"))
            let before = try Data(contentsOf: logFile(in: home))
            let sessions = try whileReadOnly(home) {
                let store = try AppDatabase.existing(home: home)
                // Two reads, as history makes: the copy is gone from the disk but still open.
                _ = try store?.selfReports(from: "2014-01-01", through: "2014-01-02")
                return try store?.sessions(from: "2014-01-01", through: "2014-01-02") ?? []
            }
            #expect(sessions.count == 2)
            #expect(try Data(contentsOf: logFile(in: home)) == before)
        }
    }

    @Test("a data folder path that is a file is reported")
    func homeIsAFile() throws {
        try withTemporaryHome { home in
            try Data("notes".utf8).write(to: home)
            #expect(throws: LogStoreError.cannotOpen(path: home.path, reason: "it is a file, not a folder")) {
                try AppDatabase(home: home)
            }
            #expect(try Data(contentsOf: home) == Data("notes".utf8))
        }
    }

    @Test("a log changed by a newer Limber is refused and left as it was")
    func newerSchema() throws {
        try withTemporaryHome { home in
            try Sample.fill(AppDatabase(home: home), days: 1)
            try markMigratedByNewerLimber(logFile(in: home))
            let before = try Data(contentsOf: logFile(in: home))

            #expect(throws: LogStoreError.newerLog(path: logFile(in: home).path)) {
                try AppDatabase(home: home)
            }
            #expect(try Data(contentsOf: logFile(in: home)) == before)
        }
    }
}
