import Foundation
import GRDB
import GRDBSQLite
import LimberCore

/// `status`'s reads of a log nobody has open (see QuietRead), and the review's of the whole log,
/// on a bare SQLite connection to the immutable file, in one read transaction: no GRDB database,
/// no Codable, no generic fetches. Opening a GRDB database (its set-up statements, a transaction
/// and an authorizer per read) and the Swift run-time's first look-ups of the generic types it
/// uses cost `status`, run every few seconds, more than everything it reads; GRDB's rows and
/// fetches cost the review, reading every record of a log, more than decoding them
/// (docs/performance.md). The same SQL (`DayQuery`) and the same decoders (`RowColumns`) as the
/// GRDB reader's.
///
/// Only an up-to-date Limber log is read so. Anything else (no log, one open elsewhere, an older
/// or newer Limber's, another program's database, any error or a writer turning up while it was
/// read) is left to the ordinary reader (`AppDatabase.existing`), which reads it, or says what is
/// wrong, exactly as it always has.
///
/// Sendable unchecked: it is used on one thread, inside `read`, and never outlives the call.
final class RawLogRead: PlanningLogReader, RecordQueries, @unchecked Sendable {
    private let connection: OpaquePointer
    private let file: QuietFile
    private var path: String { file.path }
    private var encodingIsUTF8: Bool?

    /// `body` run over the log at `location` read so; nil when it cannot be, for the caller to
    /// read it the ordinary way.
    static func read<Value>(_ location: LogLocation, _ body: (any PlanningLogReader) throws -> Value) -> Value? {
        try? attempt(location) { try body($0) }
    }

    /// Everything in the log at `location` (`AppDatabase.contents`) read so, for the review; nil
    /// when it cannot be. A large log's steps (most of its rows) are read in parts, each on a
    /// connection of its own, beside the rest on this one: one patient's years of log are read
    /// on every core, as the review of them is.
    ///
    /// `stepIDs` false leaves the steps' ids empty (`StepResult(source:withID:)`); `largeLog`:
    /// the size from which a log is read in parts (a test's fixtures are small).
    static func contents(_ location: LogLocation, stepIDs: Bool, largeLog: Int64 = largeLog) -> LogContents? {
        try? attempt(location) { log in
            guard log.file.size >= largeLog else {
                var contents = try LogContents(reading: log, withSteps: false)
                contents.steps = try log.steps(.everyStep, withIDs: stepIDs)
                return contents
            }
            let parts = try Concurrently.map(0..<(stepParts.count + 1)) { part throws -> Part in
                guard part < stepParts.count else { return .rest(try LogContents(reading: log, withSteps: false)) }
                let query = DayQuery.everyStep(ofSessionsFrom: stepParts[part].from, before: stepParts[part].before)
                return .steps(try log.onConnectionOfItsOwn { try $0.stepsInOrder(query, withIDs: stepIDs) })
            }
            guard case var .rest(contents) = parts.last else { preconditionFailure("the last part read is the rest") }
            let steps = parts.dropLast().map { part -> [StepResult]? in if case let .steps(steps) = part { steps } else { nil } }
            // Any part out of order: read whole, as a small log's are.
            contents.steps = steps.contains { $0 == nil } ? try log.steps(.everyStep, withIDs: stepIDs) : steps.flatMap { $0! }
            return contents
        }
    }

    /// What one of the parts of a large log's read gives.
    private enum Part {
        /// Steps in order, or nil when SQLite did not give them in order without sorting them.
        case steps([StepResult]?)
        /// Everything but the steps.
        case rest(LogContents)
    }

    /// A log this large (about two years of daily sessions) has its steps read in parts.
    static let largeLog: Int64 = 2 << 20

    /// The parts a large log's steps are read in, by their session's id: Limber's ids are UUIDs
    /// in lowercase hexadecimal, spread evenly over these. Any other ids are read as correctly,
    /// perhaps less evenly shared.
    static let stepParts: [(from: String?, before: String?)] = [(nil, "6"), ("6", "b"), ("b", nil)]

    /// The steps `query` reads (`records`), their ids read only `withIDs`.
    private func steps(_ query: DayQuery, withIDs: Bool) throws -> [StepResult] {
        try records(query, Self.step(withID: withIDs))
    }

    /// `steps`, or nil when SQLite does not give them in the query's order without sorting them.
    private func stepsInOrder(_ query: DayQuery, withIDs: Bool) throws -> [StepResult]? {
        try unsortedInOrder(query, Self.step(withID: withIDs))
    }

    /// A step's decoding, its id read only `withID`.
    private static func step(withID: Bool) -> (StatementColumns) throws -> StepResult {
        { try StepResult(source: $0, withID: withID) }
    }

    /// `body` given another bare connection to the same file, in a read transaction of its own;
    /// nil when it cannot be opened. The file is checked unchanged once every read is done
    /// (`attempt`), so each connection has read the same bytes.
    private func onConnectionOfItsOwn<Value>(_ body: (RawLogRead) throws -> Value?) throws -> Value? {
        guard let other = RawLogRead(file) else { return nil }
        defer { sqlite3_close_v2(other.connection) }
        try other.execute("BEGIN")
        let value = try body(other)
        try other.execute("COMMIT")
        return value
    }

    /// `read`, throwing what SQLite or a record's decoding threw.
    static func attempt<Value>(_ location: LogLocation, _ body: (RawLogRead) throws -> Value) throws -> Value? {
        // A log this user cannot write to is read through a private copy (AppDatabase.existing).
        guard access(location.home.path, W_OK) == 0, access(location.path, W_OK) == 0,
            let file = QuietFile(path: location.path), let log = RawLogRead(file)
        else { return nil }
        defer { sqlite3_close_v2(log.connection) }
        guard try log.begin() else { return nil }
        let value = try body(log)
        try log.execute("COMMIT")
        return file.isUnchanged ? value : nil
    }

    private init?(_ file: QuietFile) {
        var connection: OpaquePointer?
        // NOMUTEX, as GRDB opens its connections: used on one thread, it need not lock a mutex on
        // every call (two for each column of each row read, a tenth of reading ten years).
        let flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX
        guard sqlite3_open_v2(file.uri, &connection, flags, nil) == SQLITE_OK, let connection
        else {
            sqlite3_close_v2(connection)
            return nil
        }
        self.connection = connection
        self.file = file
    }

    /// Starts the read transaction; false when the file is not an up-to-date Limber log (what
    /// the ordinary reader's inspection lets through as one needing no migration).
    private func begin() throws -> Bool {
        try execute("BEGIN")
        return try LogInspection.reading(connection).isUpToDateLog
    }

    func sessionRecords(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [SessionRecord] {
        try records(.sessionRecords(from: firstDay, through: lastDay))
    }

    func sessions(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [LoggedSession] {
        try loggedSessions(from: firstDay, through: lastDay)
    }

    func playedDays(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [LocalDay] {
        try rows(.playedDays(from: firstDay, through: lastDay)) { row in
            var columns = RowColumns(row, names: ["day"], table: SessionRecord.databaseTableName)
            return try columns.day()
        }
    }

    func selfReports(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [SelfReport] {
        try records(.selfReports(from: firstDay, through: lastDay))
    }

    func symptomReports(through lastDay: LocalDay) throws -> [SelfReport] {
        try records(.symptomReports(through: lastDay))
    }

    func screenings(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [Screening] {
        try records(.screenings(from: firstDay, through: lastDay))
    }

    func clearances(from firstDay: LocalDay, through lastDay: LocalDay) throws -> [Clearance] {
        try records(.clearances(from: firstDay, through: lastDay))
    }

    func profileHistory() throws -> ProfileHistory {
        ProfileHistory(try records(.profileChanges))
    }

    /// `query`'s records; read unsorted first when it can be, and kept when they came in its order.
    func records<Record: FetchableRecord & ColumnDecodable>(_ query: DayQuery) throws -> [Record] {
        try records(query) { try Record(source: $0) }
    }

    /// `records` as `decode` reads each row.
    private func records<Record>(_ query: DayQuery, _ decode: (StatementColumns) throws -> Record) throws -> [Record] {
        try unsortedInOrder(query, decode) ?? rows(query, decode)
    }

    /// `query`'s records read without SQLite sorting them; nil when they did not come in its
    /// order, or cannot be read so.
    private func unsortedInOrder<Record>(_ query: DayQuery, _ decode: (StatementColumns) throws -> Record) throws -> [Record]? {
        guard let unsorted = query.unsorted, try isUTF8() else { return nil }
        let key = AscendingKey(columns: unsorted.key)
        return try rows(unsorted.sql, query.arguments, while: { key.follows($0) }, decode)
    }

    /// Whether the log's texts are UTF-8 (as Limber makes it), the bytes `AscendingKey` compares;
    /// asked once.
    private func isUTF8() throws -> Bool {
        if let encodingIsUTF8 { return encodingIsUTF8 }
        let isUTF8 = try rows("PRAGMA encoding", []) { try $0.value(at: 0, column: "encoding") as String } == ["UTF-8"]
        encodingIsUTF8 = isUTF8
        return isUTF8
    }

    private func rows<Record>(_ query: DayQuery, _ decode: (StatementColumns) throws -> Record) throws -> [Record] {
        try rows(query.sql, query.arguments, decode)
    }

    private func rows<Record>(_ sql: String, _ arguments: [String], _ decode: (StatementColumns) throws -> Record) throws -> [Record] {
        // Never nil: every row is taken.
        try rows(sql, arguments, while: { _ in true }, decode)!
    }

    /// Every row of `sql` with `arguments` bound in order, as `decode` reads each; nil as soon as
    /// `proceed` refuses a row.
    private func rows<Record>(
        _ sql: String, _ arguments: [String], while proceed: (OpaquePointer) -> Bool, _ decode: (StatementColumns) throws -> Record
    ) throws -> [Record]? {
        var prepared: OpaquePointer?
        guard sqlite3_prepare_v2(connection, sql, -1, &prepared, nil) == SQLITE_OK, let statement = prepared else { throw failure() }
        defer { sqlite3_finalize(statement) }
        for (index, argument) in arguments.enumerated() {
            guard sqlite3_bind_text(statement, CInt(index + 1), argument, -1, Self.transient) == SQLITE_OK else { throw failure() }
        }
        var rows: [Record] = []
        let recurring = RecurringValues()
        while true {
            switch sqlite3_step(statement) {
            case SQLITE_ROW:
                guard proceed(statement) else { return nil }
                rows.append(try decode(StatementColumns(statement: statement, recurring: recurring)))
            case SQLITE_DONE: return rows
            default: throw failure()
            }
        }
    }

    private func execute(_ sql: String) throws {
        guard sqlite3_exec(connection, sql, nil, nil, nil) == SQLITE_OK else { throw failure() }
    }

    private func failure() -> LogStoreError {
        .databaseFailure(path: path, reason: String(cString: sqlite3_errmsg(connection)))
    }

    /// SQLite copies the bound text (SQLITE_TRANSIENT, which Swift does not import).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
