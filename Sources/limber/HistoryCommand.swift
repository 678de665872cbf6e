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
        guard let log = try global.logForReading() else {
            // A mistyped --home must not quietly become a new, empty log.
            if json { try JSONOutput.print([HistoryEntry]()) } else {
                print("Nothing logged yet: there is no log in \(global.homeURL.path).")
            }
            return
        }
        let today = try global.clock().today()
        let first = today.adding(days: 1 - days)
        let sessions = try log.sessions(from: first, through: today)
        if json {
            try JSONOutput.print(sessions.map(HistoryEntry.init))
        } else {
            print(HistoryText.render(
                sessions: sessions, reports: try log.selfReports(from: first, through: today),
                screenings: try log.screenings(from: first, through: today),
                clearances: try log.clearances(from: first, through: today),
                // History does not read the library: the evidence alone, under one line of advice.
                alerts: try AssessmentAlerts.read(log, on: today, safety: SafetyCatalog()), days: days))
        }
    }
}
