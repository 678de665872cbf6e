import ArgumentParser
import Foundation
import LimberCore

/// `limber history`: the patient's own view of the log.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show your sessions and what you logged, newest first.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "How many days back, today included.")
    var days = 14

    @Flag(help: "Print JSON: the sessions, newest first, each with date, status, routines, pain, effort and steps.")
    var json = false

    func validate() throws {
        guard (1...LogLimits.historyDays).contains(days) else {
            throw ValidationError("--days must be from 1 to \(LogLimits.historyDays) (a hundred years), not \(days).")
        }
    }

    func run() throws {
        guard let log = try global.settings.logForReading() else {
            // A mistyped --home must not quietly become a new, empty log.
            if json { try JSONOutput.print([HistoryEntry]()) } else {
                print("Nothing logged yet: there is no log in \(global.settings.homeURL.path).")
            }
            return
        }
        let today = try global.settings.clock().today()
        if json {
            try JSONOutput.print(try log.sessions(from: today.adding(days: 1 - days), through: today).map(HistoryEntry.init))
        } else {
            print(try Self.text(log, today: today, days: days))
        }
    }

    /// The history of the `days` up to `today`, as `history` prints it and the home screen shows it.
    static func text(_ log: any LogReader, today: LocalDay, days: Int) throws -> String {
        let first = today.adding(days: 1 - days)
        return HistoryText.render(
            sessions: try log.sessions(from: first, through: today), reports: try log.selfReports(from: first, through: today),
            screenings: try log.screenings(from: first, through: today),
            clearances: try log.clearances(from: first, through: today),
            // History does not read the library: the evidence alone, under one line of advice.
            alerts: try AssessmentAlerts.read(log, on: today, safety: SafetyCatalog()), days: days)
    }
}
