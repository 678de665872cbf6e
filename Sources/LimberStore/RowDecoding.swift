import Foundation
import GRDB
import LimberCore

// The records a review reads by the thousand (sessions, their planned sets and steps, and
// self-reports) are read column by column rather than through Codable, which costs several
// times as much per row: ten years of log are some 75,000 rows. Each value is checked as the
// Codable path checks it; a value the log could not have written is an `invalidRecord`.

extension Row {
    func text(_ column: String) throws -> String { try decode(forColumn: column) }

    func choice<Choice: LogChoice>(_ column: String, in table: String) throws -> Choice {
        let name: String = try decode(forColumn: column)
        guard let value = Choice(rawValue: name) else {
            throw LogStoreError.invalidRecord(
                "\(table).\(column) '\(name)' is not one of \(Choice.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    func optionalChoice<Choice: LogChoice>(_ column: String, in table: String) throws -> Choice? {
        try (decode(forColumn: column) as String?) == nil ? nil : choice(column, in: table)
    }

    func instant(_ column: String, in table: String) throws -> Date {
        let text: String = try decode(forColumn: column)
        guard let date = LogTime.date(text) else {
            throw LogStoreError.invalidRecord("\(table).\(column) '\(text)' is not a time like 2024-05-01T07:30:00.000Z")
        }
        return date
    }

    func optionalInstant(_ column: String, in table: String) throws -> Date? {
        try (decode(forColumn: column) as String?) == nil ? nil : instant(column, in: table)
    }

    func day(_ column: String, in table: String) throws -> LocalDay {
        let text: String = try decode(forColumn: column)
        guard let day = LocalDay(text) else {
            throw LogStoreError.invalidRecord("\(table).\(column) '\(text)' is not a date like 2024-05-01")
        }
        return day
    }

    func strings(_ column: String, in table: String) throws -> [String] {
        let text: String = try decode(forColumn: column)
        guard let list = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else {
            throw LogStoreError.invalidRecord("\(table).\(column) '\(text)' is not a list of names")
        }
        return list
    }
}

extension SessionRecord {
    public init(row: Row) throws {
        let table = Self.databaseTableName
        self.init(
            id: try row.text("id"), day: try row.day("day", in: table),
            plannedRoutines: try row.strings("planned_routines", in: table), startedAt: try row.instant("started_at", in: table),
            endedAt: try row.optionalInstant("ended_at", in: table), status: try row.choice("status", in: table),
            painBefore: try row.decode(forColumn: "pain_before"), painAfter: try row.decode(forColumn: "pain_after"),
            effort: try row.optionalChoice("effort", in: table))
    }
}

extension StepResult {
    public init(row: Row) throws {
        let table = Self.databaseTableName
        self.init(
            id: try row.text("id"), sessionID: try row.text("session_id"), routineID: try row.text("routine_id"),
            stepIndex: try row.decode(forColumn: "step_index"), stepName: try row.text("step_name"),
            side: try row.optionalChoice("side", in: table), setNumber: try row.decode(forColumn: "set_number"),
            plannedSeconds: try row.decode(forColumn: "planned_seconds"), doneSeconds: try row.decode(forColumn: "done_seconds"),
            status: try row.choice("status", in: table), startedAt: try row.instant("started_at", in: table),
            endedAt: try row.instant("ended_at", in: table))
    }
}

extension PlannedSet {
    public init(row: Row) throws {
        self.init(
            sessionID: try row.text("session_id"), position: try row.decode(forColumn: "position"),
            routineID: try row.text("routine_id"), stepIndex: try row.decode(forColumn: "step_index"),
            stepName: try row.text("step_name"), side: try row.optionalChoice("side", in: Self.databaseTableName),
            setNumber: try row.decode(forColumn: "set_number"), plannedSeconds: try row.decode(forColumn: "planned_seconds"))
    }
}

extension SelfReport {
    public init(row: Row) throws {
        let table = Self.databaseTableName
        self.init(
            id: try row.text("id"), day: try row.day("day", in: table), recordedAt: try row.instant("recorded_at", in: table),
            kind: try row.choice("kind", in: table), activity: try row.optionalChoice("activity", in: table),
            minutes: try row.decode(forColumn: "minutes"), pain: try row.decode(forColumn: "pain"),
            symptom: try row.decode(forColumn: "symptom"), note: try row.decode(forColumn: "note"))
    }
}
