import GRDB
import GRDBSQLite
import LimberCore

/// What an existing file at the log's path is, and how far its migrations have come, read
/// through a read-only connection before anything writes to it: opening a log to write changes
/// the file, and a damaged log, a newer Limber's, or another program's database must be left
/// exactly as it is.
struct LogInspection: Equatable {
    let kind: LogFileKind
    /// Migrations this Limber does not know have run: a newer Limber's log.
    let superseded: Bool
    /// Every migration this Limber knows has run: nothing to migrate.
    let complete: Bool

    /// From the file's application id, and `texts`, the text column of a query's rows, however
    /// they are read (through GRDB, or on a bare connection).
    private init(applicationID: Int32, texts: (String) throws -> [String]) throws {
        func tables() throws -> [String] { try texts(Self.tablesSQL) }
        func migrations() throws -> [String] { try tables().contains("grdb_migrations") ? try texts(Self.migrationsSQL) : [] }
        kind = try LogFileKind.of(applicationID: applicationID, tables: tables, migrations: migrations)
        guard kind == .limberLog else {
            (superseded, complete) = (false, false)
            return
        }
        let applied = Set(try migrations())
        let known = Set(LogMigrations.identifiers)
        (superseded, complete) = (!applied.isSubset(of: known), known.isSubset(of: applied))
    }

    /// Read on `db`.
    init(_ db: Database) throws {
        try self.init(applicationID: try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0) { try String.fetchAll(db, sql: $0) }
    }

    /// Read on a bare read-only SQLite connection to the file (`BareConnection`), in one
    /// transaction: a GRDB database made only to look cost a start about 3 million instructions
    /// (its set-up, and closing it). SQLite's failures are thrown as GRDB's `DatabaseError`, as
    /// the GRDB reading throws them.
    static func bare(_ connection: BareConnection) throws -> LogInspection {
        guard sqlite3_exec(connection.handle, "BEGIN", nil, nil, nil) == SQLITE_OK else { throw BareConnection.failure(connection.handle) }
        let inspection = try reading(connection.handle)
        sqlite3_exec(connection.handle, "COMMIT", nil, nil, nil)
        return inspection
    }

    /// Read on the bare SQLite connection `handle`, in the transaction it is in (`RawLogRead`'s).
    static func reading(_ handle: OpaquePointer) throws -> LogInspection {
        func texts(_ sql: String) throws -> [String] {
            var prepared: OpaquePointer?
            guard sqlite3_prepare_v2(handle, sql, -1, &prepared, nil) == SQLITE_OK, let statement = prepared else {
                throw BareConnection.failure(handle)
            }
            defer { sqlite3_finalize(statement) }
            var values: [String] = []
            while true {
                switch sqlite3_step(statement) {
                case SQLITE_ROW: values.append(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "")
                case SQLITE_DONE: return values
                default: throw BareConnection.failure(handle)
                }
            }
        }
        return try LogInspection(applicationID: Int32(try texts("PRAGMA application_id").first ?? "") ?? 0, texts: texts)
    }

    /// Whether a log read so is an up-to-date Limber log, to be read with no migration.
    var isUpToDateLog: Bool { kind == .limberLog && complete && !superseded }

    /// The file's own tables, by name.
    private static let tablesSQL = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    private static let migrationsSQL = "SELECT identifier FROM grdb_migrations"

    /// Throws when the file must not be written or read as a log: another program's database,
    /// or a newer Limber's log. `path` names it in messages.
    func check(path: String) throws {
        if case .foreign(let reason) = kind {
            throw LogStoreError.foreignDatabase(path: path, reason: reason)
        }
        if superseded {
            throw LogStoreError.newerLog(path: path)
        }
    }
}
