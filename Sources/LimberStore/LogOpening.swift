import Foundation
import LimberCore

/// The one way to get at a patient's log: every command opens it here, so the kind of store
/// (today the SQLite file in the data folder; a clinic's server later) is chosen in one place.
public enum LogOpening {
    /// The log in `home` to write to, made (folder 0700, file 0600) when there is none yet.
    /// `notify` is told when an empty file there was turned into a new log.
    public static func forWriting(home: URL, notify: (String) -> Void = { _ in }) throws -> any LogStore {
        try AppDatabase(home: home, notify: notify)
    }

    /// The log in `home` only to read: nothing is created, migrated or written, so a mistyped
    /// home is reported rather than made. Nil when there is no log there, or an empty file.
    public static func forReading(home: URL) throws -> (any LogReader)? {
        try AppDatabase.existing(home: home)
    }

    /// `body` over the log in `home` only to read, as `forReading` opens it, for `status`: a log
    /// nobody has open is read in one transaction on a bare SQLite connection (`RawLogRead`);
    /// any other, or when a writer turns up meanwhile, through `forReading`'s reader, `body`
    /// then run again. Nil when there is no log there, or an empty file.
    public static func readingDay<Value>(home: URL, _ body: (any PlanningLogReader) throws -> Value) throws -> Value? {
        if let value = RawLogRead.read(LogLocation(home: home), body) { return value }
        guard let log = try AppDatabase.existing(home: home) else { return nil }
        return try body(log)
    }

    /// Everything in the log at `path` (a data folder, a log file or an export file), read in
    /// one snapshot and never written, for the clinician's review (see `ReviewedLog`).
    public static func snapshot(at path: URL) throws -> LogContents {
        try ReviewedLog.contents(at: path, stepIDs: true)
    }

    /// The review of each log at `paths` (see `snapshot`), in that order, with its part of the
    /// report as `render` makes it, read, reviewed and rendered several at a time. Throws for the
    /// first bad path, naming it. `withSteps` as `PatientReview` takes it.
    public static func reviews<Rendered>(
        of paths: [URL], from: LocalDay, to: LocalDay, today: LocalDay, safety: SafetyCatalog, withSteps: Bool, label: (URL) -> String,
        render: @Sendable (PatientReview) throws -> Rendered
    ) throws -> [(review: PatientReview, rendered: Rendered)] {
        try ReviewedLog.reviews(
            of: paths, from: from, to: to, today: today, safety: safety, withSteps: withSteps, label: label, render: render)
    }
}
