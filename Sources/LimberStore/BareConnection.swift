import GRDB
import GRDBSQLite

/// A read-only SQLite connection to a log file, without GRDB: to look at what a file is before
/// anything opens it to write (`LogInspection`), and at a start, whether a session was left
/// unfinished. Closed when released.
///
/// Sendable unchecked: whoever keeps one uses it from one thread at a time (`LogConnection`
/// behind its lock).
final class BareConnection: @unchecked Sendable {
    let handle: OpaquePointer

    init(path: String) throws {
        var handle: OpaquePointer?
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let handle else {
            defer { sqlite3_close_v2(handle) }
            throw Self.failure(handle)
        }
        self.handle = handle
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Whether `sql`, a query of one row and one integer column, answers other than 0.
    func holds(_ sql: String) throws -> Bool {
        var prepared: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &prepared, nil) == SQLITE_OK, let statement = prepared else {
            throw Self.failure(handle)
        }
        defer { sqlite3_finalize(statement) }
        guard sqlite3_step(statement) == SQLITE_ROW else { throw Self.failure(handle) }
        return sqlite3_column_int64(statement, 0) != 0
    }

    /// SQLite's last failure on `handle`, as GRDB's `DatabaseError` (as the GRDB reading throws it).
    static func failure(_ handle: OpaquePointer?) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: sqlite3_errcode(handle)), message: handle.map { String(cString: sqlite3_errmsg($0)) })
    }
}
