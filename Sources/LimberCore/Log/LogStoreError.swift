/// Why the log could not be opened, read or written. Each message says what went wrong and
/// where, in words a patient can act on.
public enum LogStoreError: Error, Equatable, CustomStringConvertible {
    /// The data folder or log file cannot be made or opened (permissions, not a folder...).
    case cannotOpen(path: String, reason: String)
    /// The file exists but is not a Limber log (corrupt, or some other file).
    case notALog(path: String)
    /// A database of some other program where the log should be; it is never written to.
    case foreignDatabase(path: String, reason: String)
    /// The log was written by a newer Limber whose changes this one does not know.
    case newerLog(path: String)
    case readOnly(path: String)
    case diskFull(path: String)
    /// Another program held the log longer than the busy timeout.
    case busy(path: String)
    /// During a session, a write waited longer than its budget; the session stopped, and what
    /// was done was written once the log answered.
    case stoppedAnswering(path: String, seconds: Int)
    /// The log never answered before Limber had to stop waiting; these records were not written.
    case notAnswering(path: String, unwritten: Int)
    /// The file was deleted or replaced while it was open: what is written now would be lost.
    case logFileGone(path: String)
    /// Any other failure of the database, with SQLite's words.
    case databaseFailure(path: String, reason: String)
    case unknownSession(id: String)
    /// A record the log refuses to keep (a pain of 11, a day that is not a date).
    case invalidRecord(String)
    case cannotReadFile(path: String, reason: String)
    case cannotWriteFile(path: String, reason: String)
    /// An import file line that is not a valid record; nothing was imported.
    case badImportLine(path: String, line: Int, reason: String)
    /// An export written by a newer Limber; nothing was imported.
    case newerExportFormat(path: String, version: Int, supported: Int)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            return "Cannot open the log at \(path): \(reason)."
        case let .notALog(path):
            return "\(path) is not a Limber log (the file is damaged or is some other kind of file). It was left untouched; restore it from a backup, or move it away to start a new log."
        case let .foreignDatabase(path, reason):
            return "\(path) is not a Limber log: \(reason). It was left untouched; choose another folder (with --home, or another path to review), or move the file away so that Limber can start a new log there."
        case let .newerLog(path):
            return "The log at \(path) was written by a newer version of Limber. Update Limber to use it; it was left untouched."
        case let .readOnly(path):
            return "Cannot write to \(path): it is read-only, so the log cannot be kept there."
        case let .diskFull(path):
            return "Cannot write to the log at \(path): the disk is full. Nothing was written; free some space and try again."
        case let .busy(path):
            return "The log at \(path) is busy: another program has kept it locked for more than 5 seconds. Try again."
        case let .stoppedAnswering(path, seconds):
            return "The log at \(path) stopped answering for more than \(seconds) seconds (another program was holding it locked), so the session was stopped there. Everything you did was written once it answered."
        case let .notAnswering(path, unwritten):
            return "The log at \(path) did not answer (another program is holding it locked), so the last \(unwritten) \(unwritten == 1 ? "record" : "records") of this session could not be written. The sets written before are kept, and the next 'limber start' marks the session interrupted."
        case let .logFileGone(path):
            return "The log at \(path) was deleted or replaced while Limber was using it, so nothing more can be kept in it. Restore it from a backup if it was deleted by mistake; the next Limber command starts a new log there."
        case let .databaseFailure(path, reason):
            return "The log at \(path) failed: \(reason)."
        case let .unknownSession(id):
            return "The log has no session with id \(id)."
        case let .invalidRecord(reason):
            return "The log cannot keep this: \(reason)."
        case let .cannotReadFile(path, reason):
            return "Cannot read \(path): \(reason)."
        case let .cannotWriteFile(path, reason):
            return "Cannot write \(path): \(reason)."
        case let .badImportLine(path, line, reason):
            return "\(path):\(line): \(reason). Nothing was imported."
        case let .newerExportFormat(path, version, supported):
            return "\(path) was exported by a newer Limber (log format version \(version); this Limber reads version \(supported) and older). Update Limber, then import again. Nothing was imported."
        }
    }
}
