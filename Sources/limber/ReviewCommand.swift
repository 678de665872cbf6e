import ArgumentParser
import Foundation
import LimberCore
import LimberReport
import LimberStore
import LimberTUI

/// `limber review`: the clinician's report on one patient's log or several, read only.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review patients' logs: adherence, doses, pain, reports, alerts and the prescription.",
        discussion: """
            Each PATH is a patient's data folder, a log file (limber.sqlite) or a file written by 'limber export'; \
            with none, the log in --home. Logs are only read, never changed. Several PATHs give a clinic summary \
            first, patients needing attention first.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv, html
    }

    /// The period when --from is not given: 12 weeks, as the home screen's adherence calendar.
    static let defaultDays = 84

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Patients' data folders, log files or export files (default: --home).", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("The first day of the period (YYYY-MM-DD; default 12 weeks before --to).", valueName: "date"))
    var from: LocalDay?

    @Option(help: ArgumentHelp("The last day of the period (YYYY-MM-DD; default today).", valueName: "date"))
    var to: LocalDay?

    @Option(help: "table (80 columns), json, csv (one row per step) or html (one self-contained page).")
    var format: Format = .table

    @Option(help: ArgumentHelp("Write the report to this file (it appears complete or not at all) instead of standard output.", valueName: "file"))
    var out: String?

    func validate() throws {
        if let from, let to, to < from {
            throw ValidationError("--to (\(to)) is before --from (\(from)).")
        }
        if let out, out.isEmpty { throw ValidationError("--out needs a file name.") }
    }

    func run() throws {
        let clock = try global.settings.clock()
        let today = clock.today()
        let last = to ?? today
        let first = from ?? last.adding(days: 1 - Self.defaultDays)
        guard first <= last else {
            throw ValidationError("--from (\(first)) is after the last day of the period (\(last)); give --to as well.")
        }
        let safety = try global.settings.loadLibrary().safety
        let sources = paths.isEmpty ? [global.settings.homeURL] : paths.map { URL(fileURLWithPath: $0) }
        // Every log is read before anything is written: a bad PATH leaves no report behind, and
        // its refusal names the path and what is wrong with it (LogStoreError). Each patient's
        // part of a table is made with the review, on the same core. Only the JSON and the CSV
        // show each step.
        func reviews<Rendered>(rendering render: @Sendable (PatientReview) throws -> Rendered) throws -> [(review: PatientReview, rendered: Rendered)] {
            let reviews = try LogOpening.reviews(
                of: sources, from: first, to: last, today: today, safety: safety, withSteps: format == .json || format == .csv,
                label: label, render: render)
            return reviews.count > 1 ? ClinicSummary.ordered(reviews, by: \.review) : reviews
        }
        let report: String
        switch format {
        case .table:
            let glyphs = out == nil ? Glyphs.ofLocale() : .unicode
            let reviewed = try reviews { ReviewTable.patient($0, glyphs: glyphs) }
            report = ReviewTable.render(reviewed.map(\.review), drawn: reviewed.map(\.rendered), glyphs: glyphs)
        case .json:
            // Written as it is made, each patient's part in turn: a clinic's runs to a gigabyte.
            let json = ReviewJSON(from: first, to: last, patients: PrettyJSON.Streamed(try reviews { _ in }.map(\.review)))
            return try output(of: sources.count) { try JSONOutput.write(json, to: $0) }
        case .csv: report = String(decoding: try ReviewCSV.render(try reviews { _ in }.map(\.review)), as: UTF8.self)
        case .html: report = try ReviewHTML.render(try reviews { _ in }.map(\.review), generated: clock.now())
        }
        try output(of: sources.count) { try $0(Data(report.utf8)) }
    }

    /// Writes the report of `count` patients to standard output, or to --out (where it appears
    /// complete or not at all), as `write` passes it on.
    private func output(of count: Int, _ write: (_ output: (Data) throws -> Void) throws -> Void) throws {
        guard let out else { return try write { try FileHandle.standardOutput.write(contentsOf: $0) } }
        let placement = try ExportFile.write(to: URL(fileURLWithPath: out), write)
        Confirmation.print("Wrote the review of \(count) \(count == 1 ? "patient" : "patients") to \(VisibleText.of(out)).", after: placement)
    }

    /// What to call a patient whose profile has no name: the data folder's name, or the file's.
    private func label(_ source: URL) -> String {
        let name = source.lastPathComponent
        return name == "limber.sqlite" ? source.deletingLastPathComponent().lastPathComponent : name
    }
}

/// `review --format json`: the period, the clinic summary (one line per patient, those needing
/// attention first) and each patient's review.
struct ReviewJSON: Encodable {
    var from: LocalDay
    var to: LocalDay
    /// Each patient's review, written in turn.
    var patients: PrettyJSON.Streamed<PatientReview>

    enum CodingKeys: String, CodingKey { case from, to, summary, patients }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(patients.values.map(ClinicSummary.init), forKey: .summary)
        try container.encode(patients, forKey: .patients)
    }
}
