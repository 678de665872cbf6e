import Foundation
import GRDB
import LimberCore
import Testing
@testable import LimberStore

/// The session's start writes its rows by a plain INSERT (`insertPlainly`) instead of GRDB's
/// `insert`: the log must hold exactly the same row either way, or history, review and export
/// would read back something else than what was played.
struct PlainInsertTests {
    @Test func aSessionAndItsPlannedSetsAreWrittenAsGRDBWritesThem() throws {
        let odd = "Cat\u{1B}[2J \"camel\" ✓ ‘x’ \\ / 🧘"
        let sessions = [
            SessionRecord(day: "2024-05-01", plannedRoutines: ["cat-camel", odd], startedAt: Sample.morning),
            SessionRecord(
                day: "2024-05-02", plannedRoutines: [], startedAt: Sample.at(0.123), endedAt: Sample.at(600.5),
                status: .completed, painBefore: 0, painAfter: 10, effort: .tooHard),
        ]
        let sets = [
            PlannedSet(sessionID: sessions[0].id, position: 0, routineID: "cat-camel", stepIndex: 0, stepName: odd, side: nil,
                       setNumber: 1, plannedSeconds: 30),
            PlannedSet(sessionID: sessions[0].id, position: 1, routineID: odd, stepIndex: 2, stepName: "", side: .left,
                       setNumber: 3, plannedSeconds: Int(Int32.max)),
        ]
        func rows(_ insert: (any PersistableRecord, Database) throws -> Void) throws -> [[String: String]] {
            try withTemporaryHome { home in
                let log = try AppDatabase(home: home)
                try log.write { db in
                    for session in sessions { try insert(session, db) }
                    for set in sets { try insert(set, db) }
                }
                return try log.read { db in
                    try ["session", "planned_set"].flatMap { table in
                        try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid").map { row in
                            Dictionary(uniqueKeysWithValues: row.map { column, value in ("\(table).\(column)", "\(value)") })
                        }
                    }
                }
            }
        }
        let plain = try rows { record, db in try record.insertPlainly(db) }
        #expect(plain.count == 4)
        #expect(plain == (try rows { record, db in try record.insert(db) }))
    }
}
