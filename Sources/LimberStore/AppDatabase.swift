import Foundation
import GRDB
import LimberCore

/// The adherence log in SQLite: `<home>/limber.sqlite`, in WAL mode so that a session and a
/// `limber log` typed in another terminal can both write, each waiting briefly for the other.
public struct AppDatabase: Sendable {
    let connection: LogConnection
    /// Where the log lives, for messages.
    public let path: String
    /// The file as it was opened, to notice it being deleted or replaced (nil in memory).
    private let opened: FileIdentity?
    /// Set when the log is read as an immutable file because nobody had it open (see QuietRead).
    private let quiet: QuietRead?

    /// Opens the log in the patient's data folder to write to it, creating the folder and an
    /// empty log when they do not exist yet. An existing file that is damaged, unreadable, a
    /// newer Limber's, or another program's database is reported and left exactly as it was; an
    /// empty file becomes a new log, and `notify` is told so.
    public init(home: URL, notify: (String) -> Void = { _ in }) throws {
        let location = LogLocation(home: home)
        let created = try location.prepare()
        do {
            // Looked at on a bare connection: only what the file is matters here, not a reader.
            let look = created ? nil : try BareConnection(path: location.path)
            let inspection = try look.map(LogInspection.bare)
            try inspection?.check(path: location.path)
            let path = location.path
            let upToDate = inspection?.isUpToDateLog == true
            if let look, upToDate {
                // Checked and up to date: the first write opens it (see LogConnection), if it is
                // still the file looked at; SQLite would make a new, empty one where it was deleted.
                let looked = FileIdentity(path: path)
                let open = { @Sendable in
                    guard FileIdentity(path: path) == looked else { throw LogStoreError.logFileGone(path: path) }
                    return try Self.openedToWrite(path: path, upToDate: true)
                }
                self.init(connection: LogConnection(opening: open, look: look), path: path)
            } else {
                self.init(connection: LogConnection(try Self.openedToWrite(path: path, upToDate: upToDate)), path: path)
            }
            if inspection?.kind == .empty {
                notify("\(location.path) was an empty file; it is now a new Limber log.")
            }
        } catch {
            if created { location.removeCreatedFile() }
            throw LogStoreError.translating(error, path: location.path)
        }
    }

    /// The log at `path`, opened to write. One connection, a queue: GRDB's pool turned WAL on at
    /// every open by writing to the log (a table made and dropped), and opened a second
    /// connection for its first read (docs/performance.md). WAL is kept in the file once set;
    /// only a new log needs it.
    private static func openedToWrite(path: String, upToDate: Bool) throws -> DatabaseQueue {
        let queue = try DatabaseQueue(path: path, configuration: Self.configuration)
        try queue.writeWithoutTransaction { db in
            if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal",
               try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") != "wal" {
                throw LogStoreError.cannotOpen(path: path, reason: "SQLite could not put it in write-ahead-log mode")
            }
        }
        // A log found up to date needs no migrator.
        try prepare(queue, upToDate: upToDate)
        return queue
    }

    /// Opens the log only to read it (history, export): nothing is created, migrated or
    /// written, so a mistyped home is reported rather than made, another program's database is
    /// left alone, and a log in a folder this user cannot write (a copy a patient sent) is still
    /// read. Each read is one consistent snapshot, even while a session writes. Nil when there
    /// is no log in `home`, or only an empty file.
    public static func existing(home: URL) throws -> AppDatabase? {
        try existing(LogLocation(home: home), quietly: true)
    }

    /// The log file at `file`, opened only to read as `existing(home:)` does; nil when it is an
    /// empty file.
    public static func existing(file: URL) throws -> AppDatabase? {
        try existing(LogLocation(file: file), quietly: true)
    }

    private static func existing(_ location: LogLocation, quietly: Bool) throws -> AppDatabase? {
        // Only a log that is not there is "no log": one this user may not see is an error.
        var status = stat()
        if stat(location.path, &status) != 0 {
            guard errno == ENOENT else {
                throw LogStoreError.cannotOpen(path: location.path, reason: String(cString: strerror(errno)))
            }
            return nil
        }
        // SQLite cannot read a WAL log where it may not keep its side files, so such a log is
        // read through a private copy of it and its write-ahead file; the original is untouched.
        var copy: ReadingCopy?
        if access(location.home.path, W_OK) != 0 || access(location.path, W_OK) != 0 {
            do {
                copy = try ReadingCopy(of: location)
            } catch {
                throw LogStoreError.cannotOpen(path: location.path, reason: "it cannot be read (\(error.localizedDescription))")
            }
        }
        // A log nobody has open is read leaving no files beside it, unless a writer turns up.
        if quietly, copy == nil, let quiet = QuietRead(path: location.path, reopen: { try existing(location, quietly: false) }) {
            do {
                let inspected = try inspect(quiet.file.uri, named: location.path)
                if let queue = inspected.upToDate, quiet.file.isUnchanged {
                    return AppDatabase(reading: queue, path: location.path, quiet: quiet)
                }
                if inspected.kind != .limberLog, quiet.file.isUnchanged { return nil }
                if inspected.kind == .limberLog {
                    let older = try ReadingCopy(of: location)
                    if quiet.file.isUnchanged {
                        return AppDatabase(reading: try migrated(older), path: location.path, quiet: nil)
                    }
                }
            } catch where quiet.file.isUnchanged {
                throw LogStoreError.translating(error, path: location.path)
            } catch {}
            // A writer at work meanwhile: the ordinary way.
        }
        do {
            let inspected = try inspect(copy?.path ?? location.path, named: location.path)
            guard inspected.kind == .limberLog else { return nil }
            let queue: DatabaseQueue
            if let upToDate = inspected.upToDate {
                queue = upToDate
            } else {
                // An older log is brought up to date in a private copy, so that reading it never
                // changes the original.
                let older = try copy ?? ReadingCopy(of: location)
                copy = older
                queue = try migrated(older)
            }
            // SQLite holds every file of the copy open now, so the copy can go from the disk at
            // once: however the process ends, no copy of the health log is left behind.
            copy?.remove()
            return AppDatabase(reading: queue, path: location.path, quiet: nil)
        } catch {
            throw LogStoreError.translating(error, path: location.path)
        }
    }

    /// An older log's private copy, brought up to date; the copy leaves the disk at once (SQLite
    /// holds its files open), so however the process ends, no copy of the health log is left.
    private static func migrated(_ copy: ReadingCopy) throws -> DatabaseQueue {
        let queue = try DatabaseQueue(path: copy.path, configuration: Self.configuration)
        try LogMigrations.migrator.migrate(queue)
        copy.remove()
        return queue
    }

    private init(reading queue: DatabaseQueue, path: String, quiet: QuietRead?) {
        connection = LogConnection(queue)
        self.path = path
        opened = nil
        self.quiet = quiet
    }

    /// A log in memory, through the same migrations, for tests.
    public static func inMemory() throws -> AppDatabase {
        let queue = try DatabaseQueue(configuration: configuration)
        try prepare(queue, upToDate: false)
        return AppDatabase(connection: LogConnection(queue), path: "(log in memory)")
    }

    private init(connection: LogConnection, path: String) {
        self.connection = connection
        self.path = path
        opened = FileIdentity(path: path)
        quiet = nil
    }

    /// Sets a connection opened to write up, and brings its log up to date unless `upToDate`.
    private static func prepare(_ writer: any DatabaseWriter, upToDate: Bool) throws {
        // GRDB sets WAL's usual `synchronous = NORMAL`, which can lose the last commits when
        // the power fails. A clinician's log is worth an fsync per write: every commit reaches
        // the disk before the write returns.
        try writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
        if !upToDate {
            try LogMigrations.migrator.migrate(writer)
        }
        // Logs from before the application id get it the first time they are written to.
        try writer.writeWithoutTransaction { db in
            if try Int32.fetchOne(db, sql: "PRAGMA application_id") != LogFileKind.applicationID {
                try db.execute(sql: "PRAGMA application_id = \(LogFileKind.applicationID)")
            }
        }
    }

    /// Looks at an existing file to read it (see `LogInspection`). A Limber log that needs no
    /// migration comes with the read-only connection it was looked at through, ready to read;
    /// an older one without (reading migrates a private copy).
    /// `name` is the log's path for messages, when `path` is a URI or a private copy of it.
    private static func inspect(_ path: String, named name: String? = nil) throws -> (kind: LogFileKind, upToDate: DatabaseQueue?) {
        var configuration = Self.configuration
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let inspection = try queue.read(LogInspection.init)
        try inspection.check(path: name ?? path)
        return (inspection.kind, inspection.isUpToDateLog ? queue : nil)
    }

    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another process (a `limber log` in another terminal) may hold the write lock for a
        // moment: wait rather than fail. A session's writes wait on their own thread.
        configuration.busyMode = .timeout(5)
        return configuration
    }

    /// One transaction; SQLite's errors come out as `LogStoreError`.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        let value: T
        do {
            value = try connection.writer.write(updates)
        } catch {
            throw LogStoreError.translating(error, path: path)
        }
        // SQLite goes on writing to a file deleted under it, and everything would be lost.
        if let opened, FileIdentity(path: path) != opened {
            throw LogStoreError.logFileGone(path: path)
        }
        return value
    }

    /// One consistent snapshot; SQLite's errors come out as `LogStoreError`.
    func read<T>(_ value: (Database) throws -> T) throws -> T {
        if let quiet {
            if let result = try? connection.writer.read(value), quiet.file.isUnchanged { return result }
            // A writer came while it was read: read again, the ordinary way.
            return try quiet.ordinaryLog().read(value)
        }
        do {
            return try connection.writer.read(value)
        } catch {
            throw LogStoreError.translating(error, path: path)
        }
    }
}
