import Foundation
import LimberTestSupport

/// Runs the built `limber` binary as a user would, in a throwaway home folder.
struct LimberProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// The binary SwiftPM built beside the test runner.
    static let binary: URL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("limber")

    /// The checkout's built-in library, for tests that copy or read it.
    static let routines = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Routines")

    let home: URL
    /// The temporary folder holding `home` and its cache when this made them; removed when the
    /// test is over.
    private let scratch: TemporaryFolder?
    /// `XDG_CACHE_HOME` for every run: the library's cache goes into its `limber` folder.
    var cacheHome: URL { home.deletingLastPathComponent().appendingPathComponent(home.lastPathComponent + "-cache") }

    /// The instant every command starts at unless a test says otherwise (`LIMBER_NOW`), so
    /// that "today" is the same day for the test and the binary: Monday 2 March 2026, 09:00 UTC.
    static let now = "2026-03-02T09:00:00Z"
    static let today = "2026-03-02"

    /// A data folder not made yet, in a temporary folder of its own that goes when the test ends.
    init() {
        scratch = try! TemporaryFolder("limber-e2e")
        home = scratch!.url.appendingPathComponent("home")
    }

    /// The data folder `home`, which the caller made a place for (and removes).
    init(home: URL) {
        self.home = home
        scratch = nil
    }

    /// A new, empty folder beside the data folder, for files a test writes outside it; removed
    /// with it when the test ends.
    func folder(_ name: String) throws -> URL {
        let folder = (scratch?.url ?? home.deletingLastPathComponent()).appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A clinic folder `folder` in this home holding `yaml` as `ID.yaml`; returns the folder.
    func writeRoutine(id: String, in folder: String, _ yaml: String) throws -> URL {
        let routines = home.appendingPathComponent(folder)
        try FileManager.default.createDirectory(at: routines, withIntermediateDirectories: true)
        try Data(yaml.utf8).write(to: routines.appendingPathComponent("\(id).yaml"))
        return routines
    }

    /// `start --plain` on a two-second breathing routine in a clinic folder of its own, with no
    /// terminal, so its questions are passed over.
    func playTinyRoutine(voice: Bool = false, environment: [String: String] = [:]) throws -> Result {
        let routines = try writeRoutine(id: "tiny", in: "tiny-routine", """
            id: tiny
            name: Tiny routine
            family: breathing
            steps:
              - {name: Breathe, kind: breathe, pattern: {inhale: 1, exhale: 1}, cycles: 1}
            """)
        return try run(["start", "--plain", "--routine", "tiny", "--routines", routines.path] + (voice ? ["--voice"] : []),
                       environment: environment)
    }

    /// A clinic folder in this home with one one-second routine, "Kneeling rock", that avoids
    /// `knee-problem`; returns the folder.
    func writeKneelingRoutine() throws -> URL {
        try writeRoutine(id: "kneeling", in: "clinic", """
            id: kneeling
            name: Kneeling rock
            family: mobility
            avoid-with: [knee-problem]
            steps:
              - {name: Rock, kind: hold, seconds: 1}
            """)
    }

    /// Rows of this home's log, through the sqlite3 shell a clinician might use too.
    func query(_ sql: String) throws -> [String] {
        // sqlite3 would make an empty file where there is no log yet.
        guard FileManager.default.fileExists(atPath: home.appendingPathComponent("limber.sqlite").path) else { return [] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // A log whose last connection is closing (checkpointing and removing its -wal) is locked
        // for a moment: sqlite3 waits for it, boundedly, as Limber's own readers do.
        process.arguments = ["sqlite3", "-cmd", ".timeout 5000", home.appendingPathComponent("limber.sqlite").path, sql]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // sqlite3's own failure (a busy or unreadable log) is told as such, not as an empty answer.
        guard process.terminationStatus == 0 else {
            throw QueryFailed(sql: sql, status: process.terminationStatus, message: String(decoding: complaint, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    struct QueryFailed: Error, CustomStringConvertible {
        let sql: String, status: Int32, message: String
        var description: String { "sqlite3 '\(sql)' exited with \(status): \(message)" }
    }

    /// Runs another program to its end; its exit status.
    @discardableResult
    static func runTool(_ path: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Runs limber with `arguments` until its standard output holds `text`, then sends it
    /// SIGINT (Ctrl-C) and returns how it ended: for sessions whose start is what a test checks,
    /// without playing them to the end. Gives up after 30 seconds (a bounded wait on a real
    /// process: it polls the output file every 20 ms).
    func runInterrupted(_ arguments: [String], afterPrinting text: String, environment extra: [String: String] = [:]) throws -> Result {
        let folder = try folder("interrupted-\(UUID().uuidString)")
        let (outFile, errFile) = (folder.appendingPathComponent("stdout"), folder.appendingPathComponent("stderr"))
        FileManager.default.createFile(atPath: outFile.path, contents: nil)
        FileManager.default.createFile(atPath: errFile.path, contents: nil)
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = environment(extra)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outFile)
        process.standardError = try FileHandle(forWritingTo: errFile)
        try process.run()
        // A real process prints in its own time, so this polls; bounded: 30 s at most, 20 ms apart.
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning, Date() < deadline, !((try? String(contentsOf: outFile, encoding: .utf8)) ?? "").contains(text) {
            usleep(20_000)  // bounded wait on a real process (see above), not a timer under test
        }
        if process.isRunning { process.interrupt() }
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: try String(contentsOf: outFile, encoding: .utf8),
                      stderr: try String(contentsOf: errFile, encoding: .utf8))
    }

    /// Starts limber with `arguments` and returns at once; its output goes nowhere.
    func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = environment([:])
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The pinned environment every run gets, with `extra` on top.
    func environment(_ extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["LIMBER_HOME"] = home.path
        // The library's cache in a folder of this test's own, never in the user's; beside the
        // home, whose contents tests check.
        environment["XDG_CACHE_HOME"] = cacheHome.path
        environment["LIMBER_ROUTINES"] = nil
        environment["TZ"] = "UTC"
        environment["LIMBER_NOW"] = Self.now
        environment["NO_COLOR"] = "1"
        return environment.merging(extra) { $1 }
    }

    /// Runs limber with `arguments`; stdin is `input` (empty by default), the environment pinned.
    /// `binary` is the program run: the built one, or a link to it.
    func run(_ arguments: [String], environment extra: [String: String] = [:], in folder: URL? = nil,
             input: Data? = nil, binary: URL = Self.binary) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment(extra)
        if let folder {
            process.currentDirectoryURL = folder
        }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let inputPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        try process.run()
        if let input {
            // Small inputs only: the pipe's buffer takes them before the child reads.
            inputPipe.fileHandleForWriting.write(input)
            try inputPipe.fileHandleForWriting.close()
        }
        // Read both pipes before waiting, so a full pipe cannot stall the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
