import Foundation

/// Where the adherence log lives. The player, the scheduler and the review read and write
/// through this and never see SQL, so a clinic's shared server database can be added later
/// beside the local SQLite file without touching them.
///
/// Every write is its own transaction: when it returns, the record is on disk.
public protocol LogStore: Sendable {
    /// Writes a new session, in progress, and returns its id.
    func beginSession(day: String, plannedRoutines: [String], startedAt: Date) throws -> String

    /// Writes one finished step (a set, on one side) of a session in progress.
    func recordStep(_ step: StepResult) throws

    /// Records the pain the patient rated before starting; nil when they passed over it.
    func setPainBefore(_ pain: Int?, sessionID: String) throws

    /// Ends a session.
    func finishSession(id: String, status: SessionStatus, endedAt: Date, painAfter: Int?, effort: Effort?) throws

    /// Marks every session still in progress as interrupted, ending it when its last step
    /// ended (or when it started, if no step finished), and returns them so the next start can
    /// tell the patient. Call it before beginning a session.
    func interruptUnfinishedSessions() throws -> [SessionRecord]

    func record(_ report: SelfReport) throws

    /// Sessions whose day is in the range (both ends included), newest first, with their steps.
    func sessions(from firstDay: String, through lastDay: String) throws -> [LoggedSession]

    /// Self-reports whose day is in the range (both ends included), newest first.
    func selfReports(from firstDay: String, through lastDay: String) throws -> [SelfReport]

    /// The patient's profile, or nil before one was saved.
    func profile() throws -> Profile?

    func saveProfile(_ profile: Profile) throws

    /// Everything in the log, for export.
    func contents() throws -> LogContents

    /// Adds what the log does not have yet, all in one transaction: records whose id is already
    /// present are left as they are, and the profile replaces an older one.
    func merge(_ contents: LogContents) throws -> ImportSummary
}

extension LogStore {
    /// The whole log as JSON Lines (see `LogArchive`), a header first.
    public func exportJSONLines(exportedAt: Date) throws -> Data {
        try LogArchive.encode(contents(), exportedAt: exportedAt)
    }

    /// Writes the export beside `file` and renames it into place, so the file appears complete or
    /// not at all; readable only by its owner, since it holds health data.
    public func exportJSONLines(to file: URL, exportedAt: Date) throws {
        let data = try exportJSONLines(exportedAt: exportedAt)
        let folder = file.deletingLastPathComponent()
        let partial = folder.appendingPathComponent(".\(file.lastPathComponent).\(UUID().uuidString).partial")
        guard FileManager.default.createFile(atPath: partial.path, contents: data, attributes: [.posixPermissions: 0o600])
        else {
            throw LogStoreError.cannotWriteFile(path: file.path, reason: "could not create a file in \(folder.path)")
        }
        guard rename(partial.path, file.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: partial)
            throw LogStoreError.cannotWriteFile(path: file.path, reason: reason)
        }
    }

    /// Reads a JSON Lines export and merges it. A file with any bad line imports nothing.
    public func importJSONLines(from file: URL) throws -> ImportSummary {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder)
            let reason = !exists ? "there is no such file" : isFolder.boolValue ? "it is a folder, not a file"
                : "it cannot be read; check its permissions"
            throw LogStoreError.cannotReadFile(path: file.path, reason: reason)
        }
        return try importJSONLines(data, path: file.path)
    }

    /// Merges an export already read; `path` names it in errors.
    public func importJSONLines(_ data: Data, path: String) throws -> ImportSummary {
        try merge(LogArchive.decode(data, path: path))
    }
}
