import Foundation
import GRDB
import LimberCore

/// The adherence log in SQLite: `<home>/limber.sqlite`, in WAL mode so that a session and a
/// `limber log` typed in another terminal can both write, each waiting briefly for the other.
public struct AppDatabase: Sendable {
    private let writer: any DatabaseWriter
    /// Where the log lives, for messages.
    public let path: String

    /// Opens the log in the patient's data folder, creating the folder and an empty log when
    /// they do not exist yet. An existing file that is damaged or unreadable is reported and
    /// left exactly as it was.
    public init(home: URL) throws {
        let location = LogLocation(home: home)
        let created = try location.prepare()
        do {
            if !created {
                try Self.inspect(location.path)
            }
            try self.init(writer: DatabasePool(path: location.path, configuration: Self.configuration), path: location.path)
        } catch {
            if created { location.removeCreatedFile() }
            throw LogStoreError.translating(error, path: location.path)
        }
    }

    /// A log in memory, through the same migrations, for tests.
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(writer: DatabaseQueue(configuration: configuration), path: "(log in memory)")
    }

    private init(writer: any DatabaseWriter, path: String) throws {
        self.writer = writer
        self.path = path
        // GRDB sets WAL's usual `synchronous = NORMAL`, which can lose the last commits when
        // the power fails. A clinician's log is worth an fsync per write: every commit reaches
        // the disk before the write returns.
        try writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
        try LogMigrations.migrator.migrate(writer)
    }

    /// Checks an existing file through a read-only connection before anything writes to it:
    /// opening a pool writes to the file, and a damaged log, or one a newer Limber has changed,
    /// must be left exactly as it is.
    private static func inspect(_ path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        if try queue.read(LogMigrations.migrator.hasBeenSuperseded) {
            throw LogStoreError.newerLog(path: path)
        }
    }

    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another Limber process may hold the write lock for a moment: wait rather than fail.
        configuration.busyMode = .timeout(5)
        return configuration
    }

    /// One transaction; SQLite's errors come out as `LogStoreError`.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        do {
            return try writer.write(updates)
        } catch {
            throw LogStoreError.translating(error, path: path)
        }
    }

    /// One consistent snapshot; SQLite's errors come out as `LogStoreError`.
    func read<T>(_ value: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(value)
        } catch {
            throw LogStoreError.translating(error, path: path)
        }
    }
}
