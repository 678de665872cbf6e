/// One measured quantity: the number compared as a ratio, and how it reads in the table.
struct Measured {
    var value: Double
    var text: String

    static func milliseconds(_ seconds: Double, digits: Int = 1) -> Measured {
        Measured(value: seconds, text: String(format: "%.\(digits)f ms", seconds * 1000))
    }

    /// The median of several runs, with their range.
    static func median(_ runs: [Double]) -> Measured {
        let sorted = runs.sorted()
        let median = sorted[sorted.count / 2]
        return Measured(value: median, text: String(format: "%.1f ms (%.1f–%.1f)", median * 1000, sorted[0] * 1000, sorted.last! * 1000))
    }
}

/// The programs Limber is compared with.
enum Peer: String, CaseIterable {
    case termdown, ttyClock = "tty-clock"
}

/// One row of the report: Limber's figure, and the peers' where the figure applies to them.
struct Figure {
    var what: String
    /// nil: not measured, `missing` says why.
    var limber: Measured?
    var peers: [Peer: Measured] = [:]
    var missing: String? = nil

    /// How many times Limber's figure the peer's is (time, CPU, memory: more is worse for the peer).
    func ratio(_ peer: Peer) -> String {
        guard let mine = limber?.value, let theirs = peers[peer]?.value, mine > 0 else { return "" }
        let ratio = theirs / mine
        return String(format: ratio < 1 ? "%.2f×" : "%.1f×", ratio)
    }
}
