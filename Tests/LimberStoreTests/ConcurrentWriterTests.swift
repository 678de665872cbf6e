import Foundation
import GRDB
import LimberCore
import LimberStore
import Testing

@Suite("Two writers at once")
struct ConcurrentWriterTests {
    @Test("a session and self-reports written at the same time from two connections all land")
    func twoWriters() throws {
        try withTemporaryHome { home in
            let player = try AppDatabase(home: home)
            let terminal = try AppDatabase(home: home)
            let sessionID = try player.beginSession(day: "2024-05-01", plannedRoutines: ["cat-camel"], startedAt: Sample.morning)
            let writes = 40
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 2) { writer in
                for index in 0..<writes {
                    do {
                        if writer == 0 {
                            try player.recordStep(Sample.step(of: sessionID, index, endingAt: Sample.at(Double(index))))
                        } else {
                            try terminal.record(.crack(at: Sample.at(Double(index))))
                        }
                    } catch {
                        failures.append(error)
                    }
                }
            }
            #expect(failures.all.isEmpty)
            let reread = try AppDatabase(home: home)
            let everything = try reread.contents()
            #expect(everything.steps.count == writes)
            #expect(everything.selfReports.count == writes)
        }
    }
}

extension ConcurrentWriterTests {
    @Test("a start on a log another program holds locked looks for unfinished sessions without waiting for the lock, and waits for it when there is one to mark")
    func unfinishedSessionsWithTheLogLocked() throws {
        try withTemporaryHome { home in
            let store = try AppDatabase(home: home)
            try store.record(.pain(3, at: Sample.morning))
            var holding = Configuration()
            holding.allowsUnsafeTransactions = true
            let holder = try DatabaseQueue(path: logFile(in: home).path, configuration: holding)
            try holder.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }
            // Taking the write lock here would wait out the 5-s busy timeout and fail as busy.
            #expect(try store.interruptUnfinishedSessions().isEmpty)
            try holder.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }

            _ = try store.beginSession(day: "2024-05-01", plannedRoutines: ["cat-camel"], startedAt: Sample.morning)
            #expect(try store.interruptUnfinishedSessions().map(\.status) == [.interrupted])
        }
    }
}

extension ConcurrentWriterTests {
    @Test("a start on an existing log finds a session another process left unfinished after the log was opened, before the first write opens it")
    func unfinishedSinceOpening() throws {
        try withTemporaryHome { home in
            try AppDatabase(home: home).record(.pain(3, at: Sample.morning))
            // Looked at, not yet opened to write: the first write opens it.
            let start = try AppDatabase(home: home)
            let crashed = try AppDatabase(home: home)
            let left = try crashed.beginSession(day: "2024-05-01", plannedRoutines: ["cat-camel"], startedAt: Sample.morning)
            #expect(try start.interruptUnfinishedSessions().map(\.id) == [left])
            #expect(try AppDatabase(home: home).contents().sessions.map(\.status) == [.interrupted])
        }
    }
}

/// Errors collected from concurrent writers.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []

    func append(_ error: any Error) {
        lock.withLock { errors.append(error) }
    }

    var all: [any Error] { lock.withLock { errors } }
}
