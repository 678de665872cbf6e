import LimberCore

/// The SQL of `DayLogReader`'s reads and their arguments, in one place for the log read through
/// GRDB (`AppDatabase`) and `status`'s bare reader (`RawLogRead`); the whole log's reads (export,
/// review) are in LogContents+Reading.swift. Written in SQL: building the
/// same statements through GRDB's query interface costs more than running them, and `status`
/// runs every few seconds. Each selects its record's columns in the order its decoder reads them
/// (`RowColumns`).
struct DayQuery {
    let sql: String
    /// Bound in order; days as their "YYYY-MM-DD" text, as the log stores them.
    let arguments: [String]
    /// The same rows in an order SQLite gives without sorting them, for the bare reader, which
    /// keeps them when they turn out to be in `sql`'s order already (a whole table's reads).
    var unsorted: Unsorted? = nil

    /// `sql` without its sort, and where its ORDER BY's columns are among the selected ones.
    struct Unsorted {
        let sql: String
        let key: [Int]
    }

    static func sessionRecords(from firstDay: LocalDay, through lastDay: LocalDay) -> DayQuery {
        DayQuery(
            sql: "SELECT \(columns(SessionRecord.selection)) FROM session WHERE day >= ? AND day <= ? ORDER BY day DESC, started_at DESC, id",
            arguments: [firstDay.text, lastDay.text])
    }

    /// The steps of the sessions whose day is in the range, in the order played.
    static func steps(from firstDay: LocalDay, through lastDay: LocalDay) -> DayQuery {
        sessionParts(StepResult.databaseTableName, StepResult.selection, orderedBy: "started_at, step_index, set_number, id", from: firstDay, through: lastDay)
    }

    /// The sets planned for the sessions whose day is in the range, by session, in the order planned.
    static func plannedSets(from firstDay: LocalDay, through lastDay: LocalDay) -> DayQuery {
        sessionParts(PlannedSet.databaseTableName, PlannedSet.selection, orderedBy: "session_id, position", from: firstDay, through: lastDay)
    }

    /// The rows of a table kept by session whose session's day is in the range, in `order`.
    private static func sessionParts(
        _ table: String, _ selection: [String], orderedBy order: String, from firstDay: LocalDay, through lastDay: LocalDay
    ) -> DayQuery {
        DayQuery(
            sql: """
                SELECT \(columns(selection)) FROM \(table)
                WHERE session_id IN (SELECT id FROM session WHERE day >= ? AND day <= ?)
                ORDER BY \(order)
                """,
            arguments: [firstDay.text, lastDay.text])
    }

    /// One column: the day.
    static func playedDays(from firstDay: LocalDay, through lastDay: LocalDay) -> DayQuery {
        DayQuery(
            sql: """
                SELECT DISTINCT session.day FROM session
                WHERE session.day BETWEEN ? AND ?
                  AND EXISTS (SELECT 1 FROM step_result
                              WHERE step_result.session_id = session.id AND step_result.status != ?)
                ORDER BY session.day DESC
                """,
            arguments: [firstDay.text, lastDay.text, StepStatus.skipped.rawValue])
    }

    static func selfReports(from firstDay: LocalDay, through lastDay: LocalDay) -> DayQuery {
        dayRecords(SelfReport.databaseTableName, SelfReport.selection, from: firstDay, through: lastDay)
    }

    static func symptomReports(through lastDay: LocalDay) -> DayQuery {
        DayQuery(
            sql: "SELECT \(columns(SelfReport.selection)) FROM self_report WHERE kind = ? AND day <= ? ORDER BY recorded_at DESC, id",
            arguments: [SelfReportKind.symptom.rawValue, lastDay.text])
    }

    static func screenings(from firstDay: LocalDay, through lastDay: LocalDay) -> DayQuery {
        dayRecords(Screening.databaseTableName, Screening.selection, from: firstDay, through: lastDay)
    }

    static func clearances(from firstDay: LocalDay, through lastDay: LocalDay) -> DayQuery {
        dayRecords(Clearance.databaseTableName, Clearance.selection, from: firstDay, through: lastDay)
    }

    /// Every profile change; `ProfileHistory` puts them in order.
    static var profileChanges: DayQuery {
        DayQuery(sql: "SELECT \(columns(Profile.selection)) FROM profile_change", arguments: [])
    }

    /// The records of a table kept by day and instant whose day is in the range, newest first.
    private static func dayRecords(_ table: String, _ selection: [String], from firstDay: LocalDay, through lastDay: LocalDay) -> DayQuery {
        DayQuery(
            sql: "SELECT \(columns(selection)) FROM \(table) WHERE day >= ? AND day <= ? ORDER BY recorded_at DESC, id",
            arguments: [firstDay.text, lastDay.text])
    }

    /// The names, comma-separated. Not `joined(separator:)`: its first call looks up a generic
    /// witness at run time, 0.3 million instructions of a `status` that runs every few seconds.
    private static func columns(_ selection: [String]) -> String {
        var list = ""
        for name in selection {
            if !list.isEmpty { list += ", " }
            list += name
        }
        return list
    }
}
