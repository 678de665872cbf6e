import GRDB
import LimberCore

/// Everything in a log, read in one transaction the same way through GRDB (`AppDatabase`, for
/// export and any log the bare reader leaves alone) and on the bare connection (`RawLogRead`, for
/// the review of a log nobody has open): the same SQL, so the same records in the same order.
extension LogContents {
    /// `withSteps` false leaves the steps to be read apart (`RawLogRead.contents`, a large log's
    /// steps in parts on connections of their own).
    init(reading log: some RecordQueries, withSteps: Bool = true) throws {
        try self.init(
            profileChanges: ProfileHistory(log.records(.everyProfileChange)).changes, sessions: log.records(.everySession),
            steps: withSteps ? log.records(.everyStep) : [], plannedSets: log.records(.everyPlannedSet),
            selfReports: log.records(.everySelfReport), screenings: log.records(.everyScreening), clearances: log.records(.everyClearance))
    }
}

/// A log that runs a `DayQuery` and decodes each row as a record: GRDB's decoding
/// (`FetchableRecord`) or the bare reader's (`ColumnDecodable`), whichever it reads with.
protocol RecordQueries {
    func records<Record: FetchableRecord & ColumnDecodable>(_ query: DayQuery) throws -> [Record]
}

extension RecordQueries {
    /// Sessions whose day is in the range, newest first, with their steps and planned sets, read
    /// in SQL (`DayQuery`) as `status`'s reads: GRDB's query interface (the statements built, the
    /// tables' columns looked up) cost `start` and `today` some 3.5 million instructions.
    func loggedSessions(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [LoggedSession] {
        let sessions: [SessionRecord] = try records(.sessionRecords(from: firstDay, through: lastDay))
        let steps: [StepResult] = try records(.steps(from: firstDay, through: lastDay))
        let planned: [PlannedSet] = try records(.plannedSets(from: firstDay, through: lastDay))
        let stepsBySession = Dictionary(grouping: steps, by: \.sessionID)
        let plannedBySession = Dictionary(grouping: planned, by: \.sessionID)
        return sessions.map {
            LoggedSession(session: $0, steps: stepsBySession[$0.id] ?? [], plannedSets: plannedBySession[$0.id] ?? [])
        }
    }
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
///
/// Each ordered read also comes unsorted (`DayQuery.Unsorted`): records are written, and imported,
/// in about the order they are read in, so the bare reader mostly need not have SQLite sort them.
extension DayQuery {
    static var everyProfileChange: DayQuery { whole(Profile.databaseTableName, Profile.selection, selectingAll: true, orderedBy: []) }

    static var everySession: DayQuery {
        whole(SessionRecord.databaseTableName, SessionRecord.selection, orderedBy: ["started_at", "id"], unsortedBy: [])
    }

    /// Grouped by session, in the order played; unsorted, in the order of the index of sessions.
    static var everyStep: DayQuery { everyStep(ofSessionsFrom: nil, before: nil) }

    /// `everyStep` of the sessions whose id sorts from `first` (when given) and before `end`
    /// (when given), as SQLite compares texts: the steps read in parts, one after the other in
    /// the order of `everyStep`. A session's id is never NULL (the table's constraint).
    static func everyStep(ofSessionsFrom first: String?, before end: String?) -> DayQuery {
        let bounds = [first.map { _ in "\"session_id\" >= ?" }, end.map { _ in "\"session_id\" < ?" }].compactMap { $0 }
        return whole(
            StepResult.databaseTableName, StepResult.selection, filteredBy: bounds.joined(separator: " AND "),
            arguments: [first, end].compactMap { $0 }, orderedBy: ["session_id", "started_at", "step_index", "set_number", "id"],
            unsortedBy: ["session_id"])
    }

    /// Grouped by session, in the order planned: the order of the table's key, read without a sort.
    static var everyPlannedSet: DayQuery {
        whole(PlannedSet.databaseTableName, PlannedSet.selection, orderedBy: ["session_id", "position"])
    }

    static var everySelfReport: DayQuery {
        whole(SelfReport.databaseTableName, SelfReport.selection, orderedBy: ["recorded_at", "id"], unsortedBy: [])
    }

    static var everyScreening: DayQuery {
        whole(Screening.databaseTableName, Screening.selection, selectingAll: true, orderedBy: ["recorded_at", "id"], unsortedBy: [])
    }

    static var everyClearance: DayQuery {
        whole(Clearance.databaseTableName, Clearance.selection, selectingAll: true, orderedBy: ["recorded_at", "id"], unsortedBy: [])
    }

    /// `columns` of `table` (written `*` when `selectingAll`: they are all of them, in the table's
    /// order), those rows `filter` (with `arguments`) keeps, in `order`, names quoted; unsorted, when SQLite would sort them, in the table's order
    /// (`[]`) or in an index's.
    private static func whole(
        _ table: String, _ columns: [String], selectingAll: Bool = false, filteredBy filter: String = "", arguments: [String] = [],
        orderedBy order: [String], unsortedBy unsortedOrder: [String]? = nil
    ) -> DayQuery {
        let quoted = { (names: [String]) in names.map { "\"\($0)\"" }.joined(separator: ", ") }
        let select = "SELECT \(selectingAll ? "*" : quoted(columns)) FROM \"\(table)\"" + (filter.isEmpty ? "" : " WHERE \(filter)")
        let sorted = { (order: [String]) in order.isEmpty ? select : select + " ORDER BY \(quoted(order))" }
        return DayQuery(
            sql: sorted(order), arguments: arguments,
            unsorted: unsortedOrder.map { Unsorted(sql: sorted($0), key: order.map { columns.firstIndex(of: $0)! }) })
    }
}
