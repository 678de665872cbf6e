import LimberCore

/// What an existing database file at the log's path is, read before anything writes to it: a
/// Limber log, an empty file a writing command may turn into one, or another program's database,
/// which is never touched.
enum LogFileKind: Equatable {
    case limberLog
    /// No tables at all (a zero-byte file, or a database made and left empty).
    case empty
    /// Another program's database; the reason names what gave it away.
    case foreign(reason: String)

    /// Written into every Limber log's header (`PRAGMA application_id`): "LMBR".
    static let applicationID: Int32 = 0x4C4D_4252

    /// From the file's application id, its own tables (by name) and the migrations it has run
    /// (`LogInspection` reads them).
    static func of(applicationID: Int32, tables readTables: () throws -> [String], migrations: () throws -> [String]) throws -> LogFileKind {
        if applicationID == Self.applicationID { return .limberLog }
        if applicationID != 0 {
            return .foreign(reason: "its header names another application (application id \(applicationID))")
        }
        let tables = try readTables()
        if tables.isEmpty { return .empty }
        // Logs written before Limber stamped its application id are known by their migrations.
        if try migrations().contains(LogMigrations.first) { return .limberLog }
        let shown = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
        return .foreign(reason: "it holds tables Limber does not know (\(shown))")
    }
}
