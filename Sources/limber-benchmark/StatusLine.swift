import Foundation
/// `limber status`, the line a tmux status bar runs every few seconds, over ten years of log.
func measureStatus(_ bench: Bench, tenYearHome: URL) throws -> Figure {
    let what = "`status` over ten years of log"
    return Figure(what: what + " (median of \(bench.runs))",
                  limber: try bench.medianRun([bench.limber, "status"], environment: bench.environment(home: tenYearHome)))
}
