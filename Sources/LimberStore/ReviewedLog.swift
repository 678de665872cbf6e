import Foundation
import LimberCore

/// A patient's log named by a path, as `limber review` takes them: a data folder, a log file
/// (`limber.sqlite`, perhaps renamed) or an export file. Read whole in one snapshot and never
/// written: an older log is brought up to date in a private copy, as every reader does. An
/// up-to-date log nobody has open is read on a bare SQLite connection (`RawLogRead`), as
/// `status` reads it; any other log, or any trouble, goes to GRDB's reader as before, which
/// reads it or says what is wrong in the same words.
enum ReviewedLog {
    /// Each log reviewed over `from...to`, in the order given, read, reviewed and rendered by
    /// `render` two at a time or more (as many as there are cores): a clinic's hundreds of logs
    /// are independent files, and each patient's part of the report depends on that patient
    /// alone. Throws the error of the first bad path in that order, once all are read.
    /// `withSteps` as `PatientReview` takes it.
    static func reviews<Rendered>(
        of paths: [URL], from: LocalDay, to: LocalDay, today: LocalDay, safety: SafetyCatalog, withSteps: Bool, label: (URL) -> String,
        render: @Sendable (PatientReview) throws -> Rendered
    ) throws -> [(review: PatientReview, rendered: Rendered)] {
        let labels = paths.map(label)
        return try Concurrently.map(paths.indices) { index in
            let review = PatientReview(
                contents: try contents(at: paths[index], stepIDs: false), patient: labels[index], source: paths[index].path, from: from,
                to: to, today: today, safety: safety, withSteps: withSteps)
            return (review, try render(review))
        }
    }

    /// The log's contents. Throws a `LogStoreError` naming `path` and what is wrong with it:
    /// missing, a folder without a log, an empty file, another program's database, a damaged
    /// log, a file that is neither a log nor an export. `stepIDs` false: the steps' ids may be
    /// left empty (the review shows none; read by the bare reader they are not read).
    static func contents(at path: URL, stepIDs: Bool) throws -> LogContents {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isFolder) else {
            throw LogStoreError.cannotReadFile(path: path.path, reason: "there is no such file or folder")
        }
        if isFolder.boolValue {
            if let contents = RawLogRead.contents(LogLocation(home: path), stepIDs: stepIDs) { return contents }
            guard let log = try AppDatabase.existing(home: path) else {
                throw LogStoreError.cannotReadFile(
                    path: path.path, reason: "this folder holds no Limber log (\(LogLocation.fileName)), or only an empty one")
            }
            return try log.contents()
        }
        let head = try firstBytes(of: path, count: sqliteHeader.count)
        if head == sqliteHeader {
            if let contents = RawLogRead.contents(LogLocation(file: path), stepIDs: stepIDs) { return contents }
            guard let log = try AppDatabase.existing(file: path) else {
                throw LogStoreError.cannotReadFile(path: path.path, reason: "it is an empty database, not a Limber log")
            }
            return try log.contents()
        }
        if head.isEmpty {
            throw LogStoreError.cannotReadFile(path: path.path, reason: "it is an empty file, not a Limber log or export")
        }
        guard head.first == UInt8(ascii: "{") else {
            throw LogStoreError.cannotReadFile(
                path: path.path, reason: "it is neither a Limber log (an SQLite file) nor a Limber export (JSON Lines)")
        }
        return try LogArchive.decode(ExportFile.read(path), path: path.path)
    }

    /// What every SQLite database file begins with.
    private static let sqliteHeader = Data("SQLite format 3\u{0}".utf8)

    private static func firstBytes(of file: URL, count: Int) throws -> Data {
        guard let handle = FileHandle(forReadingAtPath: file.path) else {
            throw LogStoreError.cannotReadFile(path: file.path, reason: "it cannot be read; check its permissions")
        }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: count)) ?? Data()
    }
}
