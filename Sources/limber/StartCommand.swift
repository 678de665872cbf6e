import ArgumentParser
import Foundation
import LimberCore
import LimberStore

struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Play today's session in the terminal (the default command).")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Play this one routine instead of today's session.", valueName: "id"))
    var routine: String?

    @Flag(help: "Speak line by line without the full-screen view (screen readers, pipes).")
    var plain = false

    func run() throws {
        let library = try global.libraryReportingSkips()
        let routines: [Routine]
        if let id = routine {
            guard let found = library.routine(id: id) else {
                throw ValidationError("No routine has the id '\(id)'. Run 'limber routines list' to see them all.")
            }
            routines = [found]
        } else {
            routines = DefaultSession.routines(from: library)
        }
        guard !routines.isEmpty else {
            throw ValidationError("The routine library has no routines to play.")
        }
        let store = try AppDatabase(home: global.homeURL)
        let lock = try SessionLock(home: global.homeURL)
        defer { lock.release() }
        let advice = CrackWarning.technique(in: library.safety).map {
            CrackWarning.text(for: $0) { library.routine(id: $0)?.name }
        } ?? ""
        let status = try SessionRunner(store: store, routines: routines, plain: plain, crackAdvice: advice).run()
        if status != 0 {
            throw ExitCode(status)
        }
    }
}
