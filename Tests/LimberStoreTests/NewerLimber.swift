import Foundation
import GRDB

/// Records in the log a migration this Limber does not know, as a newer Limber would.
func markMigratedByNewerLimber(_ file: URL) throws {
    let queue = try DatabaseQueue(path: file.path)
    try queue.write { db in
        try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
    }
    try queue.close()
}
