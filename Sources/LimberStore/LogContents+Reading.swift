import GRDB
import LimberCore

/// Everything in a log, read in one transaction the same way through GRDB (`AppDatabase`, for
/// export and any log the bare reader leaves alone) and on the bare connection (`RawLogRead`, for
/// the review of a log nobody has open): the same SQL, so the same records in the same order.
extension LogContents {
    init(reading log: some RecordQueries) throws {
        try self.init(
            profileChanges: ProfileHistory(log.records(.everyProfileChange)).changes, sessions: log.records(.everySession),
            steps: log.records(.everyStep), plannedSets: log.records(.everyPlannedSet), selfReports: log.records(.everySelfReport),
            screenings: log.records(.everyScreening), clearances: log.records(.everyClearance))
    }
}

/// A log that runs a `DayQuery` and decodes each row as a record: GRDB's decoding
/// (`FetchableRecord`) or the bare reader's (`ColumnDecodable`), whichever it reads with.
protocol RecordQueries {
    func records<Record: FetchableRecord & ColumnDecodable>(_ query: DayQuery) throws -> [Record]
}

/// A GRDB database inside a read.
struct DatabaseRecordQueries: RecordQueries {
    let db: Database

    func records<Record: FetchableRecord & ColumnDecodable>(_ query: DayQuery) throws -> [Record] {
        try Record.fetchAll(db, sql: query.sql, arguments: StatementArguments(query.arguments))
    }
}

/// Each table whole, in the order `LogContents` keeps it, written as GRDB's query interface wrote
/// it before these reads were shared: GRDB's message about a value it cannot decode quotes the SQL,
/// and a damaged log is reported in the same words as ever. Profile changes, screenings and
/// clearances, decoded by GRDB through Codable (by name), are selected whole (`*`); the
/// migrations made their columns in the order of their record's `selection`, in which the bare
/// reader reads them (RawLogReadTests reads every kind both ways).
extension DayQuery {
    static var everyProfileChange: DayQuery { whole(Profile.databaseTableName, nil, orderedBy: []) }

    static var everySession: DayQuery {
        whole(SessionRecord.databaseTableName, SessionRecord.selection, orderedBy: ["started_at", "id"])
    }

    /// Grouped by session, in the order played.
    static var everyStep: DayQuery {
        whole(StepResult.databaseTableName, StepResult.selection, orderedBy: ["session_id", "started_at", "step_index", "set_number", "id"])
    }

    /// Grouped by session, in the order planned.
    static var everyPlannedSet: DayQuery {
        whole(PlannedSet.databaseTableName, PlannedSet.selection, orderedBy: ["session_id", "position"])
    }

    static var everySelfReport: DayQuery {
        whole(SelfReport.databaseTableName, SelfReport.selection, orderedBy: ["recorded_at", "id"])
    }

    static var everyScreening: DayQuery { whole(Screening.databaseTableName, nil, orderedBy: ["recorded_at", "id"]) }

    static var everyClearance: DayQuery { whole(Clearance.databaseTableName, nil, orderedBy: ["recorded_at", "id"]) }

    /// `selection`'s columns of `table` (every column when nil) in `order`, names quoted.
    private static func whole(_ table: String, _ selection: [String]?, orderedBy order: [String]) -> DayQuery {
        let quoted = { (names: [String]) in names.map { "\"\($0)\"" }.joined(separator: ", ") }
        return DayQuery(
            sql: "SELECT \(selection.map(quoted) ?? "*") FROM \"\(table)\"" + (order.isEmpty ? "" : " ORDER BY \(quoted(order))"),
            arguments: [])
    }
}
