import Foundation
import LimberCore

/// The clinician's review (`limber review`) of ten years of one patient, and of 500 patients
/// with a year each (one patient's folder copied 500 times), over the whole span of the
/// generated logs (`--from` their first day `--to` their last), so that every session is in the
/// period and in the report. Aims (issue 13): under 200 ms and under 3 s.
func measureReview(_ bench: Bench, tenYearHome: URL) throws -> [Figure] {
    let environment = bench.environment(home: tenYearHome)
    func review(_ homes: [URL], days: Int, format: String) -> [String] {
        [bench.limber, "review"] + homes.map(\.path)
            + ["--from", TenYearLog.firstDay.text, "--to", TenYearLog.lastDay(days: days).text, "--format", format]
    }
    let runs = max(3, bench.runs / 4)
    let one = "`review` of ten years of one patient, every session (3,650)"
    var figures = try ["json", "table"].map { format in
        Figure(what: one + ", \(format) (median of \(runs))",
               limber: .median(try (0..<runs).map { _ in
                   try timeRun(review([tenYearHome], days: TenYearLog.tenYears, format: format), environment: environment)
               }))
    }
    let patient = try patientWithLog(bench, name: "a-year", days: 365)
    let homes = try (0..<500).map { index in try bench.home(String(format: "patient-%03d", index), from: patient) }
    let many = "`review` of 500 patients, a year each, every session (182,500)"
    // The JSON is 900 MB, written in about 20 s: once is enough.
    figures += try [("table", 3), ("json", 1)].map { format, runs in
        Figure(what: many + ", \(format) (\(runs == 1 ? "one run" : "median of \(runs)"))",
               limber: .median(try (0..<runs).map { _ in
                   try timeRun(review(homes, days: 365, format: format), environment: environment)
               }))
    }
    return figures
}
