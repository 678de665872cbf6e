import Foundation

/// Loading the library, as `routines list` does before it prints: the built-in library and a
/// clinic's folder of 1,000 routine files, each read from the files (the cache emptied before
/// every run) and from the checked copy in the cache.
func measureLibraryLoad(_ bench: Bench) throws -> [Figure] {
    let thousand = bench.work.appendingPathComponent("thousand-routines")
    try ThousandRoutines.write(to: thousand)
    // The cache keeps only files at least a second old.
    Thread.sleep(forTimeInterval: 1.1)
    let check = try Spawn.capture([bench.limber, "routines", "check"],
                                  environment: bench.environment(home: bench.patient, routines: thousand))
    guard check.status == 0 else { throw Spawn.Failed(description: "the 1,000 routines do not check: \(check.output.prefix(500))") }

    var figures: [Figure] = []
    for (name, routines, runs) in [("the built-in library", URL?.none, bench.runs), ("1,000 more routine files (a clinic's folder)", thousand, 5)] {
        let environment = bench.environment(home: bench.patient, routines: routines)
        let cache = URL(fileURLWithPath: environment["XDG_CACHE_HOME"]!)
        let argv = [bench.limber, "routines", "list"]
        let fromFiles = try (0..<runs).map { _ in
            try? FileManager.default.removeItem(at: cache)
            return try timeRun(argv, environment: environment)
        }
        figures.append(Figure(what: "`routines list`, \(name) read and checked from the files (median of \(runs))",
                              limber: .median(fromFiles)))
        figures.append(Figure(what: "`routines list`, \(name) from the checked copy in the cache (median of \(bench.runs))",
                              limber: try bench.medianRun(argv, environment: environment)))
    }
    return figures
}
