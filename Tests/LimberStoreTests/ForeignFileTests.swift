import Foundation
import GRDB
import LimberCore
import LimberStore
import Testing

/// Only a Limber log is ever written to: another program's database, or a file of another kind,
/// at the log's path is refused and left byte for byte as it was, by reading and writing
/// commands alike; reading never creates, migrates or writes.
@Suite("A file that is not a Limber log")
struct ForeignFileTests {
    /// Makes `limber.sqlite` in `home` with `sql`, in the ordinary rollback-journal mode another
    /// program would use.
    static func database(in home: URL, _ sql: String) throws -> Data {
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: logFile(in: home).path)
        try queue.write { try $0.execute(sql: sql) }
        try queue.close()
        return try Data(contentsOf: logFile(in: home))
    }

    @Test("another application's database is refused by reading and writing alike, and left as it was", arguments: [
        ("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('mine')",
         "it holds tables Limber does not know (notes)"),
        ("PRAGMA application_id = 1234", "its header names another application (application id 1234)"),
    ])
    func foreignDatabase(sql: String, reason: String) throws {
        try withTemporaryHome { home in
            let before = try Self.database(in: home, sql)
            let refusal = LogStoreError.foreignDatabase(path: logFile(in: home).path, reason: reason)
            #expect(throws: refusal) { try LogOpening.forReading(home: home) }
            #expect(throws: refusal) { try LogOpening.forWriting(home: home) }
            #expect(try Data(contentsOf: logFile(in: home)) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: home.path) == ["limber.sqlite"])
            #expect(refusal.description.hasSuffix(
                "It was left untouched; choose another folder (with --home, or another path to review), or move the file away so that Limber can start a new log there."))
        }
    }

    @Test("an empty file is no log to read and stays empty; a writing command makes it a log and says so")
    func emptyFile() throws {
        try withTemporaryHome { home in
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: logFile(in: home).path, contents: Data())
            #expect(try LogOpening.forReading(home: home) == nil)
            #expect(try Data(contentsOf: logFile(in: home)).isEmpty)

            var notices: [String] = []
            let store = try LogOpening.forWriting(home: home) { notices.append($0) }
            try store.record(.pain(3, at: Sample.morning))
            #expect(notices == ["\(logFile(in: home).path) was an empty file; it is now a new Limber log."])
            #expect(try LogOpening.forReading(home: home)?.selfReports(from: "2024-05-01", through: "2024-05-01").count == 1)
        }
    }

    @Test("reading a log leaves its file byte for byte as it was")
    func readingWritesNothing() throws {
        try withTemporaryHome { home in
            try Sample.fill(LogOpening.forWriting(home: home), days: 2)
            // Everything in the main file, so that any write by the reader would show there.
            let pool = try DatabasePool(path: logFile(in: home).path)
            try pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
            try pool.close()
            let before = try Data(contentsOf: logFile(in: home))

            let reader = try #require(try LogOpening.forReading(home: home))
            #expect(try reader.sessions(from: "2014-01-01", through: "2014-01-02").count == 2)
            _ = try reader.contents()
            #expect(try Data(contentsOf: logFile(in: home)) == before)
        }
    }

    @Test("a log from before the application id is still a log, and is stamped when next written")
    func logWithoutApplicationID() throws {
        try withTemporaryHome { home in
            try Sample.fill(LogOpening.forWriting(home: home), days: 1)
            let queue = try DatabaseQueue(path: logFile(in: home).path)
            try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA application_id = 0") }
            try queue.close()

            #expect(try LogOpening.forReading(home: home)?.sessions(from: "2014-01-01", through: "2014-01-01").count == 1)
            try LogOpening.forWriting(home: home).record(.pain(2, at: Sample.morning))
            let stamped = try DatabaseQueue(path: logFile(in: home).path)
            #expect(try stamped.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") } == 0x4C4D_4252)
        }
    }
}

@Suite("A log that goes away")
struct LogGoneTests {
    @Test("a log deleted or replaced after it was looked at and before the first write opens it is noticed at that write, and no new file is made",
          arguments: ["deleted", "replaced"])
    func goneBeforeTheFirstWrite(how: String) throws {
        try withTemporaryHome { home in
            try LogOpening.forWriting(home: home).record(.pain(2, at: Sample.morning))
            let store = try LogOpening.forWriting(home: home)
            try FileManager.default.removeItem(at: logFile(in: home))
            if how == "replaced" {
                try Data("not a log".utf8).write(to: logFile(in: home))
            }
            #expect(throws: LogStoreError.logFileGone(path: logFile(in: home).path)) {
                try store.record(.pain(3, at: Sample.morning))
            }
            if how == "deleted" {
                #expect(!FileManager.default.fileExists(atPath: logFile(in: home).path))
            } else {
                #expect(try Data(contentsOf: logFile(in: home)) == Data("not a log".utf8))
            }
        }
    }

    @Test("a log deleted or replaced while open is noticed at the next write, not written into a file nobody can see",
          arguments: ["deleted", "replaced"])
    func goneWhileOpen(how: String) throws {
        try withTemporaryHome { home in
            let store = try LogOpening.forWriting(home: home)
            try store.record(.pain(2, at: Sample.morning))
            try FileManager.default.removeItem(at: logFile(in: home))
            if how == "replaced" {
                try Data("not a log".utf8).write(to: logFile(in: home))
            }
            #expect(throws: LogStoreError.logFileGone(path: logFile(in: home).path)) {
                try store.record(.pain(3, at: Sample.morning))
            }
        }
    }
}
