import ArgumentParser
import Foundation
import LimberCore
import LimberStore
import LimberTUI

/// Options every command takes: where the patient's data lives and the clinic's routines, as
/// argument-parser reads them. What they mean is `GlobalSettings`.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Folder for the log and profile (default: $LIMBER_HOME, else $XDG_DATA_HOME/limber, else ~/.local/share/limber).",
        valueName: "dir"))
    var home: String?

    @Option(name: .long, help: ArgumentHelp(
        "Folder of the clinic's routines, which extend and override the built-in library (default: $LIMBER_ROUTINES).",
        valueName: "dir"))
    var routines: String?

    var settings: GlobalSettings { GlobalSettings(home: home, routines: routines) }

    func validate() throws {
        try settings.validate()
    }
}

/// Where the patient's data lives and the clinic's routines, and what every command derives
/// from them (the clock, the log, the library). A plain value, so that a command taken without
/// argument-parser (`QuickCommandLine`) never builds its option wrappers, whose run-time type
/// lookups each start would pay.
struct GlobalSettings: Sendable {
    var home: String?
    var routines: String?

    func validate() throws {
        if let problem = FolderArgument.problem(home: home, routines: routines, environment: ProcessEnvironment.current) {
            throw ValidationError(problem)
        }
        _ = try clock()
    }

    /// The patient's data folder.
    var homeURL: URL {
        let environment = ProcessEnvironment.current
        if let home = home ?? environment["LIMBER_HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home)
        }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty {
            return URL(fileURLWithPath: data).appendingPathComponent("limber")
        }
        return FileManager.default.homeDirectoryForCurrentUser
            .appendingPathComponent(".local/share/limber")
    }

    /// The clinic's routine folder, when one is named.
    var clinicRoutinesURL: URL? {
        guard let folder = routines ?? ProcessEnvironment.current["LIMBER_ROUTINES"], !folder.isEmpty
        else { return nil }
        return URL(fileURLWithPath: folder)
    }

    /// The clock every command reads "now" from: the system's, or the instant `LIMBER_NOW` pins.
    func clock() throws -> WallClock {
        do {
            // Empty counts as not set, as for the other variables.
            let environment = ProcessEnvironment.current
            let pinned = environment["LIMBER_NOW"].flatMap { $0.isEmpty ? nil : $0 }
            return try WallClock.starting(pinned: pinned, timeZone: .local(environment: environment))
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// The patient's log, to write to (made when there is none yet).
    func logForWriting() throws -> any LogStore {
        try LogOpening.forWriting(home: homeURL, notify: StandardError.print)
    }

    /// The patient's log, only to read; nil when there is none.
    func logForReading() throws -> (any LogReader)? {
        try LogOpening.forReading(home: homeURL)
    }

    /// `body` over the patient's log, only to read, as `status` reads it; nil when there is none.
    func readingDay<Value>(_ body: (any PlanningLogReader) throws -> Value) throws -> Value? {
        try LogOpening.readingDay(home: homeURL, body)
    }

    /// The library as loaded, without reporting anything: from the checked copy in the cache
    /// folder when the files are unchanged, unless `cached` is false.
    func loadLibrary(cached: Bool = true) throws -> RoutineLibrary {
        let builtIn = try BuiltInLibrary.locate()
        if let clinic = clinicRoutinesURL, let missing = FileProblem.whyMissing(clinic.path) {
            // A plain missing folder keeps its long-standing message; a link says what is wrong with it.
            throw LimberError(missing == FileProblem.noSuchFile
                ? "The routines folder '\(clinic.path)' does not exist."
                : "The routines folder '\(clinic.path)' cannot be read: \(missing).")
        }
        let library = cached
            ? LibraryCache.forThisBuild().library(builtIn: builtIn, clinic: clinicRoutinesURL).library
            : LibraryLoader.load(builtIn: builtIn, clinic: clinicRoutinesURL)
        return library.localized(for: ProcessEnvironment.current)
    }

    /// The library for commands that only use it: files with problems are skipped with a
    /// one-line warning each on stderr.
    func libraryReportingSkips() throws -> RoutineLibrary {
        let library = try loadLibrary()
        for warning in library.skippedFileWarnings {
            StandardError.print(warning)
        }
        return library
    }
}
