import ArgumentParser
import Foundation
import LimberCore

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
        guard let log = try global.settings.logForReading() else {
            throw LimberError("There is no log in \(global.settings.homeURL.path) to export. Check --home or LIMBER_HOME.")
        }
        let export = try log.exportJSONLines(exportedAt: try global.settings.clock().now())
        if out == "-" {
            FileHandle.standardOutput.write(export)
            return
        }
        let placement = try ExportFile.write(export, to: URL(fileURLWithPath: out))
        Confirmation.print("Exported the log to \(VisibleText.of(out)).", after: placement)
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
        let source = file == "-" ? "standard input" : VisibleText.of(file)
        let data = file == "-"
            ? FileHandle.standardInput.readDataToEndOfFile() : try ExportFile.read(URL(fileURLWithPath: file))
        // The whole file is checked before the log is opened: a refused import leaves no new log.
        let contents = try LogArchive.decode(data, path: source)
        let summary = try global.settings.logForWriting().merge(contents)
        if summary.addedNothing {
            print("Nothing new in \(source): its \(summary.alreadyPresent) records are already in the log.")
            return
        }
        var added = [
            "\(summary.sessionsAdded) sessions", "\(summary.stepsAdded) steps", "\(summary.selfReportsAdded) self-reports",
        ]
        if summary.plannedSetsAdded > 0 { added.append("\(summary.plannedSetsAdded) planned sets") }
        if summary.screeningsAdded > 0 { added.append("\(summary.screeningsAdded) screenings") }
        if summary.clearancesAdded > 0 { added.append("\(summary.clearancesAdded) clearances") }
        if summary.profileChangesAdded > 0 { added.append("\(summary.profileChangesAdded) profile changes") }
        print("Imported from \(source): \(added.joined(separator: ", ")).")
        if summary.alreadyPresent > 0 {
            print("\(summary.alreadyPresent) records were already in the log and were left as they were.")
        }
    }
}
