/// `--help`: a launch that only prints, the floor under every command.
func measureHelp(_ bench: Bench) throws -> Figure {
    let environment = bench.environment(home: bench.patient)
    var figure = Figure(
        what: "`--help`, launch to exit (median of \(bench.runs); range)",
        limber: try bench.medianRun([bench.limber, "--help"], environment: environment))
    if let termdown = bench.termdown {
        figure.peers[.termdown] = try bench.medianRun([termdown, "--help"], environment: environment)
    }
    if let ttyClock = bench.ttyClock {
        figure.peers[.ttyClock] = try bench.medianRun([ttyClock, "-h"], environment: environment)
    }
    return figure
}
