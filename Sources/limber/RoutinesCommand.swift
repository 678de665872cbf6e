import ArgumentParser
import Foundation
import LimberCore

struct RoutinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routines",
        abstract: "List, show and check the routine library.",
        subcommands: [List.self, Show.self, Check.self]
    )
}

extension RoutinesCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List every routine in the library.")

        @OptionGroup var global: GlobalOptions
        @Flag(help: "Print JSON: each routine's id, name, family, targets, equipment, level and seconds.")
        var json = false

        func run() throws {
            let library = try global.settings.libraryReportingSkips()
            if json {
                try JSONOutput.print(library.routines.map(RoutineSummary.init))
            } else {
                print(RoutineTable.render(library.routines))
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one routine: its steps, cues and cautions.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The routine's id, as 'limber routines list' shows it.")
        var id: String

        func run() throws {
            let library = try global.settings.libraryReportingSkips()
            guard let routine = library.routine(id: id) else {
                let ids = library.routines.map(\.id)
                let close = ids.filter { $0.contains(id) || id.contains($0) }
                let hint = close.isEmpty ? "Run 'limber routines list' to see them all." : "Did you mean: \(close.joined(separator: ", "))?"
                throw LimberError("No routine has the id '\(id)'. \(hint)")
            }
            print(RoutineDetail.render(routine, issues: library.issues))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check routine files; exit 0 when clean, else 1 with PATH:LINE:COL: error: MESSAGE lines on stderr.",
            discussion: "With no paths, checks the whole library (built-in and --routines). A folder checks every YAML file in it.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Routine files or folders to check.")
        var paths: [String] = []

        func run() throws {
            // The files themselves, never the cached copy.
            let library = try global.settings.loadLibrary(cached: false)
            let diagnostics = paths.isEmpty ? library.diagnostics : LibraryLoader.check(paths: paths, against: library)
            for diagnostic in diagnostics {
                StandardError.print(diagnostic.description)
            }
            if diagnostics.isEmpty {
                print(paths.isEmpty ? "\(library.routines.count) routines checked: no problems." : "No problems found.")
            } else {
                let files = Set(diagnostics.map(\.path)).count
                print("\(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s").")
                throw ExitCode(1)
            }
        }
    }
}

/// The JSON shape of one routine in `routines list --json`.
struct RoutineSummary: Encodable {
    var id: String
    var name: String
    var family: String
    var targets: [String]
    var equipment: [String]
    var level: Int
    var seconds: Int

    init(_ routine: Routine) {
        id = routine.id
        name = routine.name
        family = routine.family.rawValue
        targets = routine.targets
        equipment = routine.equipment.map(\.rawValue)
        level = routine.level
        seconds = routine.seconds
    }
}
