import ArgumentParser
import Foundation
import LimberCore
import LimberTUI

struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Play today's session in the terminal (the default command).")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Play this one routine instead of today's session.", valueName: "id"))
    var routine: String?

    @Flag(help: "Speak line by line without the full-screen view (screen readers, pipes).")
    var plain = false

    @Flag(help: "Say each step, side, breathing phase and the last three seconds aloud (needs espeak-ng).")
    var voice = false

    func run() throws {
        let library = try global.libraryReportingSkips()
        if let id = routine, library.routine(id: id) == nil {
            throw LimberError("No routine has the id '\(id)'. Run 'limber routines list' to see them all.")
        }
        if !plain {
            try NcursesTerminal.checkAvailable()
        }
        let clock = try global.clock()
        let store = try global.logForWriting()
        let today = clock.today()
        if let stop = try SafetyStop.read(store, on: today, safety: library.safety) {
            throw LimberError(stop.advice)
        }
        let routines: [Routine]
        if let found = routine.flatMap(library.routine(id:)) {
            routines = [found]
        } else {
            let recent = today.adding(days: -GentleDay.flareDays)
            let gentle = try GentleDay.reason(
                on: today, sessions: store.sessions(from: recent, through: today).map(\.session),
                reports: store.selfReports(from: recent, through: today))
            if let gentle {
                print("A gentle session today: \(gentle).")
            }
            routines = DefaultSession.routines(from: library, gentle: gentle != nil)
        }
        guard !routines.isEmpty else {
            throw LimberError("The routine library has no routines to play.")
        }
        let lock = try SessionLock(home: global.homeURL)
        defer { lock.release() }
        // The stop signals before ncurses starts, so that ncurses leaves them to us.
        ProcessSignals.install()
        // The terminal before the log is touched: a start it refuses must change nothing.
        let speaker = voice ? EspeakSpeaker() : nil
        if voice, speaker == nil {
            StandardError.print("--voice: espeak-ng is not installed, so the session plays silently (Debian: apt-get install espeak-ng).")
        }
        let screen = plain ? nil : try NcursesTerminal()
        defer { screen?.close() }
        let ending = try SessionRunner(
            store: store, routines: routines, display: screen.map { .screen($0) } ?? .lines(StandardLineTerminal()),
            crackAdvice: CrackWarning(safety: library.safety) { library.routine(id: $0)?.name },
            wallClock: clock, clock: SystemMonotonicClock(), signals: ProcessSignals.session, speaker: speaker
        ).run()
        speaker?.finish()
        screen?.close()
        if let farewell = ending.farewell {
            print(farewell)
        }
        if let error = ending.error {
            StandardError.print("Error: \(error)")
        }
        if ending.exitStatus != 0 {
            throw ExitCode(ending.exitStatus)
        }
    }
}
