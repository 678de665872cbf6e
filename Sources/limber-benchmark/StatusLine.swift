import Foundation

/// `limber status` (issue 14's aim: under 5 ms), on the patient every launch is copied from (a
/// profile, a screening and one session: a fresh log) and over ten years of log.
func measureStatus(_ bench: Bench, tenYearHome: URL) throws -> [Figure] {
    let runs = "(median of \(bench.runs))"
    return [
        Figure(what: "`status` on a fresh log (a profile, a screening, one session) \(runs)",
               limber: try bench.medianRun([bench.limber, "status"], environment: bench.environment(home: bench.patient))),
        Figure(what: "`status` over ten years of log \(runs)",
               limber: try bench.medianRun([bench.limber, "status"], environment: bench.environment(home: tenYearHome))),
    ]
}
