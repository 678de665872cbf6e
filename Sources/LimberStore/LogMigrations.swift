import Foundation
import GRDB
import LimberCore

/// The log's schema, one named migration per change. A migration that has shipped is never
/// edited: patients' files already ran it. Change the schema by adding a new one at the end.
///
/// Column names are written out here rather than taken from the Swift records, so that renaming
/// a Swift property can never change what an old migration does.
enum LogMigrations {
    /// The first migration, which every Limber log has run: how a log from before the
    /// application id is recognised.
    static let first = "v1: profile, sessions, step results, self-reports"

    /// Profile changes kept side by side, and each session's planned sets.
    static let second = "v2: profile history and session plans"
    /// Screening answers and professionals' clearances of red flags (issue 12).
    static let screening = "v3: screening and clearances"
    /// The profile's spoken-cues setting (issue 14); NULL in older changes, which is off.
    static let voice = "v4: profile voice setting"
    /// Every migration, in the order the migrator registers them: a log that has run exactly
    /// these is up to date (`RawLogRead` checks so without building the migrator).
    static let identifiers = [first, second, screening, voice]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(first) { db in
            try db.create(table: "profile") { t in
                t.column("name", .text)
                t.column("flagged_issues", .text).notNull()
                t.column("daily_minutes", .integer)
                t.column("equipment", .text).notNull()
                t.column("rest_days", .text).notNull()
                t.column("updated_at", .text).notNull()
            }
            try db.create(table: "session") { t in
                t.primaryKey("id", .text)
                t.column("day", .text).notNull().indexed()
                t.column("planned_routines", .text).notNull()
                t.column("started_at", .text).notNull()
                t.column("ended_at", .text)
                t.column("status", .text).notNull().indexed()
                t.column("pain_before", .integer).check { $0 >= 0 && $0 <= 10 }
                t.column("pain_after", .integer).check { $0 >= 0 && $0 <= 10 }
                t.column("effort", .text)
            }
            try db.create(table: "step_result") { t in
                t.primaryKey("id", .text)
                t.column("session_id", .text).notNull().indexed()
                    .references("session", onDelete: .cascade)
                t.column("routine_id", .text).notNull()
                t.column("step_index", .integer).notNull()
                t.column("step_name", .text).notNull()
                t.column("side", .text)
                t.column("set_number", .integer).notNull()
                t.column("planned_seconds", .integer).notNull()
                t.column("done_seconds", .integer).notNull()
                t.column("status", .text).notNull()
                t.column("started_at", .text).notNull()
                t.column("ended_at", .text).notNull()
            }
            try db.create(table: "self_report") { t in
                t.primaryKey("id", .text)
                t.column("day", .text).notNull().indexed()
                t.column("recorded_at", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("activity", .text)
                t.column("minutes", .integer)
                t.column("pain", .integer).check { $0 >= 0 && $0 <= 10 }
                t.column("symptom", .text)
                t.column("note", .text)
            }
        }
        migrator.registerMigration(second) { db in
            try db.create(table: "profile_change") { t in
                t.primaryKey("id", .text)
                t.column("day", .text).notNull().indexed()
                t.column("name", .text)
                t.column("flagged_issues", .text).notNull()
                t.column("conditions", .text).notNull()
                t.column("weaker_side", .text)
                t.column("daily_minutes", .integer)
                t.column("equipment", .text).notNull()
                t.column("rest_days", .text).notNull()
                t.column("updated_at", .text).notNull()
            }
            // The one profile of the first migration becomes the first change.
            for legacy in try LegacyProfile.fetchAll(db, sql: "SELECT * FROM profile") {
                let change = legacy.change
                try db.execute(
                    sql: """
                        INSERT INTO profile_change (id, day, name, flagged_issues, conditions, weaker_side, daily_minutes,
                                                    equipment, rest_days, updated_at)
                        VALUES (?, ?, ?, ?, '[]', NULL, ?, ?, ?, ?)
                        """,
                    arguments: [
                        change.id, change.day.text, change.name, try json(change.flaggedIssues), change.dailyMinutes,
                        try json(change.equipment), try json(change.restDays), LogTime.text(change.updatedAt),
                    ])
            }
            try db.drop(table: "profile")
            try db.create(table: "planned_set") { t in
                t.column("session_id", .text).notNull().references("session", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("routine_id", .text).notNull()
                t.column("step_index", .integer).notNull()
                t.column("step_name", .text).notNull()
                t.column("side", .text)
                t.column("set_number", .integer).notNull()
                t.column("planned_seconds", .integer).notNull()
                t.primaryKey(["session_id", "position"])
            }
        }
        migrator.registerMigration(screening) { db in
            try db.create(table: "screening") { t in
                t.primaryKey("id", .text)
                t.column("day", .text).notNull().indexed()
                t.column("recorded_at", .text).notNull()
                t.column("symptoms", .text).notNull()
            }
            try db.create(table: "clearance") { t in
                t.primaryKey("id", .text)
                t.column("day", .text).notNull().indexed()
                t.column("recorded_at", .text).notNull()
                t.column("symptom", .text).notNull()
                t.column("cleared_by", .text).notNull()
            }
        }
        migrator.registerMigration(voice) { db in
            try db.alter(table: "profile_change") { t in
                t.add(column: "voice", .boolean)
            }
        }
        return migrator
    }

    private static func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }
}
