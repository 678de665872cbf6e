import GRDB
import LimberCore

extension LogStoreError {
    /// SQLite's failures in the words a patient can act on; anything else passes through.
    static func translating(_ error: any Error, path: String) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return LogStoreError.notALog(path: path)
        case .SQLITE_READONLY: return LogStoreError.readOnly(path: path)
        case .SQLITE_FULL: return LogStoreError.diskFull(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return LogStoreError.busy(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return LogStoreError.cannotOpen(path: path, reason: error.message ?? "SQLite cannot open it")
        default:
            return LogStoreError.databaseFailure(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }
}
