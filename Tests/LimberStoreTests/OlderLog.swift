import Foundation
import GRDB
@testable import LimberStore

/// Writes a log in `home` as an older Limber left it: its schema only up to `migration`, with
/// the rows of `sql`. Returns the file's bytes, to check that reading it changes nothing.
@discardableResult
func writeOlderLog(in home: URL, upTo migration: String, sql: String) throws -> Data {
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    let queue = try DatabaseQueue(path: logFile(in: home).path)
    try LogMigrations.migrator.migrate(queue, upTo: migration)
    try queue.write { db in try db.execute(sql: sql) }
    try queue.close()
    return try Data(contentsOf: logFile(in: home))
}
