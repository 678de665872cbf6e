import Foundation

/// The clinician's review (`limber review --format json`) of ten years of one patient, and of
/// 500 patients with a year each (one patient's folder copied 500 times), as a clinician runs
/// it. Aims (issue 13): under 200 ms and under 3 s. The period is the default 12 weeks up to
/// today, and the generated logs end years ago: so each figure is reading and checking whole
/// logs with no session in the period. docs/performance.md ("Review") gives the figures with
/// sessions in the period and over whole logs, measured by hand.
func measureReview(_ bench: Bench, tenYearHome: URL) throws -> [Figure] {
    let one = "`review` of ten years of one patient"
    let many = "`review` of 500 patients, a year each"
    let environment = bench.environment(home: tenYearHome)
    let runs = max(3, bench.runs / 4)
    let oneFigure = Figure(what: one + " (median of \(runs))",
                           limber: .median(try (0..<runs).map { _ in
                               try timeRun([bench.limber, "review", tenYearHome.path, "--format", "json"], environment: environment)
                           }))
    let patient = try patientWithLog(bench, name: "a-year", days: 365)
    let homes = try (0..<500).map { index in try bench.home(String(format: "patient-%03d", index), from: patient) }
    let manyFigure = Figure(what: many + " (median of 3)",
                            limber: .median(try (0..<3).map { _ in
                                try timeRun([bench.limber, "review"] + homes.map(\.path) + ["--format", "json"], environment: environment)
                            }))
    return [oneFigure, manyFigure]
}
