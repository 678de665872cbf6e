import Foundation
import GRDB
import LimberCore
@testable import LimberStore
import LimberTestSupport
import Testing

/// Reading a log for the clinician's review: one snapshot while a session writes, never blocking
/// it; an older log read as every reader reads it; a log file named by its path.
@Suite("Reading a log for review")
struct ReviewedLogTests {
    @Test("a writer holding a transaction open on another connection: the review reads at once what was committed, and the writer commits after")
    func writerMidTransaction() throws {
        try withTemporaryHome { home in
            let store = try AppDatabase(home: home)
            _ = try store.merge(ReviewFixture.contents)
            // A connection of its own, left inside its transaction as a session's would be mid-write.
            var configuration = Configuration()
            configuration.allowsUnsafeTransactions = true
            let session = try DatabaseQueue(path: logFile(in: home).path, configuration: configuration)
            try session.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                try SessionRecord(day: "2026-02-10", plannedRoutines: ["a"], startedAt: ReviewFixture.instant("2026-02-10T09:00:00.000Z")).insert(db)
            }
            let clock = ContinuousClock()
            var snapshot = LogContents()
            let took = try clock.measure { snapshot = try LogOpening.snapshot(at: home) }
            #expect(took < .seconds(1), "the review did not wait for the writer's lock")
            #expect(snapshot.sessions.count == 6, "the uncommitted session is not seen")
            try session.writeWithoutTransaction { try $0.execute(sql: "COMMIT") }
            #expect(try LogOpening.snapshot(at: home).sessions.count == 7)
        }
    }

    @Test("while a session writes a set at a time, every review sees whole sessions and no write waits on it")
    func consistentWhileWriting() throws {
        try withTemporaryHome { home in
            let store = try AppDatabase(home: home)
            _ = try store.merge(LogContents())
            let writes = 30
            let done = Flag()
            let problems = Problems()
            DispatchQueue.concurrentPerform(iterations: 2) { worker in
                if worker == 0 {
                    defer { done.set() }
                    for index in 0..<writes {
                        // One session with its three planned sets and three steps, in one transaction.
                        var contents = LogContents()
                        ReviewFixture.add(&contents, at: LogTime.text(ReviewFixture.instant("2026-01-01T09:00:00.000Z").addingTimeInterval(Double(index) * 86_400)), .completed,
                                          [("a", 1, 30, 30, .done), ("a", 2, 30, 30, .done), ("b", 1, 60, 60, .done)])
                        let started = ContinuousClock.now
                        do { _ = try store.merge(contents) } catch { problems.add("write \(index): \(error)") }
                        if ContinuousClock.now - started > .seconds(2) { problems.add("write \(index) waited") }
                    }
                } else {
                    var reads = 0
                    while !done.isSet || reads == 0 {
                        do {
                            let snapshot = try LogOpening.snapshot(at: home)
                            if snapshot.steps.count != snapshot.sessions.count * 3 || snapshot.plannedSets.count != snapshot.sessions.count * 3 {
                                problems.add("a snapshot of \(snapshot.sessions.count) sessions held \(snapshot.steps.count) steps")
                            }
                        } catch {
                            problems.add("read: \(error)")
                        }
                        reads += 1
                    }
                }
            }
            #expect(problems.all.isEmpty, "\(problems.all)")
            #expect(try LogOpening.snapshot(at: home).sessions.count == writes)
        }
    }

    @Test("a log of the first migration is read through a migrated copy; the file is not changed")
    func olderLog() throws {
        try withTemporaryHome { home in
            let before = try writeOlderLog(in: home, upTo: LogMigrations.first, sql: """
                INSERT INTO profile (name, flagged_issues, daily_minutes, equipment, rest_days, updated_at)
                VALUES ('Sam', '[]', 15, '[]', '["sun"]', '2026-02-01T08:00:00.000Z');
                INSERT INTO session (id, day, planned_routines, started_at, ended_at, status, pain_before, pain_after)
                VALUES ('s1', '2026-02-02', '["a"]', '2026-02-02T09:00:00.000Z', '2026-02-02T09:10:00.000Z', 'completed', 4, 2);
                INSERT INTO step_result (id, session_id, routine_id, step_index, step_name, set_number, planned_seconds,
                                         done_seconds, status, started_at, ended_at)
                VALUES ('t1', 's1', 'a', 0, 'Hold', 1, 30, 30, 'done', '2026-02-02T09:00:00.000Z', '2026-02-02T09:00:30.000Z');
                """)
            let contents = try LogOpening.snapshot(at: home)
            #expect(try Data(contentsOf: logFile(in: home)) == before)
            let review = PatientReview(contents: contents, patient: "home", source: home.path, from: "2026-02-02", to: "2026-02-03",
                                       today: "2026-03-01", safety: SafetyCatalog())
            #expect(review.patient == "Sam" && review.adherence == Adherence(planned: 2, completed: 1, partial: 0, missed: 1))
            // No stored plan in a first-migration log: the played sets are what was planned.
            #expect(review.sessions.first?.exercises.first?.plannedSeconds == 30)
        }
    }

    @Test("a log file under another name, in a folder this user cannot write")
    func renamedFileInReadOnlyFolder() throws {
        try withTemporaryHome { home in
            let store = try AppDatabase(home: home)
            _ = try store.merge(ReviewFixture.contents)
            let folder = home.deletingLastPathComponent().appendingPathComponent("sent")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let copy = folder.appendingPathComponent("sam-2026-02.sqlite")
            try FileManager.default.copyItem(at: logFile(in: home), to: copy)
            if FileManager.default.fileExists(atPath: logFile(in: home).path + "-wal") {
                try FileManager.default.copyItem(atPath: logFile(in: home).path + "-wal", toPath: copy.path + "-wal")
            }
            let sessions = try whileReadOnly(folder) { try LogOpening.snapshot(at: copy).sessions.count }
            #expect(sessions == 6)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().allSatisfy { $0.hasPrefix("sam-2026-02.sqlite") })
        }
    }
}

private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}

private final class Problems: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ problem: String) { lock.withLock { list.append(problem) } }
    var all: [String] { lock.withLock { list } }
}
