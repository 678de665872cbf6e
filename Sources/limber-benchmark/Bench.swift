import Foundation

/// What every measurement needs: the binary under test, the peers, a scratch folder and the
/// environment the programs run in.
struct Bench {
    var quick: Bool
    var runs: Int
    /// The release binary, built as `make install` builds it.
    var limber: String
    var termdown: String?
    var ttyClock: String?
    /// Why a peer is left out.
    var notes: [String] = []
    let work: URL

    /// The environment of every program: UTF-8, a terminal type, no pinned clock (the real
    /// start-up path), no clinic folder, and the library's cache inside the scratch folder.
    func environment(home: URL, routines: URL? = nil) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for key in ["LIMBER_NOW", "LIMBER_ROUTINES", "NO_COLOR", "LC_ALL", "LC_MESSAGES"] {
            environment[key] = nil
        }
        environment["LANG"] = "C.UTF-8"
        environment["TERM"] = "xterm-256color"
        environment["LIMBER_HOME"] = home.path
        environment["XDG_CACHE_HOME"] = work.appendingPathComponent("cache").path
        if let routines {
            environment["LIMBER_ROUTINES"] = routines.path
        }
        return environment
    }

    /// A fresh patient folder copied from `template` (or an empty one).
    func home(_ name: String, from template: URL? = nil) throws -> URL {
        let home = work.appendingPathComponent("home-\(name)")
        try? FileManager.default.removeItem(at: home)
        if let template {
            try FileManager.default.copyItem(at: template, to: home)
        } else {
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        }
        return home
    }

    /// The benchmark's own routines (a long hold, the drift routines, a one-second one).
    var routines: URL { work.appendingPathComponent("routines") }

    /// A patient with a profile, a finished session and a screening, so that `start` goes
    /// straight to the pain question: every launch starts from a copy of it.
    var patient: URL { work.appendingPathComponent("patient") }

    /// The median wall time of `count` runs after three warm ones.
    func medianRun(_ argv: [String], environment: [String: String]) throws -> Measured {
        for _ in 0..<3 {
            _ = try timeRun(argv, environment: environment)
        }
        return .median(try (0..<runs).map { _ in try timeRun(argv, environment: environment) })
    }
}
