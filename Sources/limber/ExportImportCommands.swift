import ArgumentParser
import Foundation
import LimberCore
import LimberStore

/// `limber export`: the whole log as one JSON Lines file, to move or keep.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole log (profile, sessions, steps, self-reports) to a JSON Lines file.")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The file to write, or - for standard output; a file appears complete or not at all.",
                               valueName: "file"))
    var out: String

    func run() throws {
        guard let store = try AppDatabase.existing(home: global.homeURL) else {
            throw LimberError("There is no log in \(global.homeURL.path) to export. Check --home or LIMBER_HOME.")
        }
        if out == "-" {
            FileHandle.standardOutput.write(try store.exportJSONLines(exportedAt: Date()))
            return
        }
        try store.exportJSONLines(to: URL(fileURLWithPath: out), exportedAt: Date())
        print("Exported the log to \(VisibleText.of(out)).")
    }
}

/// `limber import`: adds an export's records to this log, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the records of a 'limber export' file to this log.",
        discussion: "Records already in the log are left alone, so importing twice adds nothing. A file with any bad line imports nothing and names that line.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("A file written by 'limber export', or - for standard input.", valueName: "file"))
    var file: String

    func run() throws {
        let store = try AppDatabase(home: global.homeURL)
        let source = file == "-" ? "standard input" : VisibleText.of(file)
        let summary = file == "-"
            ? try store.importJSONLines(FileHandle.standardInput.readDataToEndOfFile(), path: source)
            : try store.importJSONLines(from: URL(fileURLWithPath: file))
        if summary.addedNothing {
            print("Nothing new in \(source): its \(summary.alreadyPresent) records are already in the log.")
            return
        }
        var added = [
            "\(summary.sessionsAdded) sessions", "\(summary.stepsAdded) steps", "\(summary.selfReportsAdded) self-reports",
        ]
        if summary.profileUpdated { added.append("the profile") }
        print("Imported from \(source): \(added.joined(separator: ", ")).")
        if summary.alreadyPresent > 0 {
            print("\(summary.alreadyPresent) records were already in the log and were left as they were.")
        }
    }
}
