import Foundation

/// The table of figures, Limber beside the peers with the peers' figures as multiples of
/// Limber's, and where and how it was measured.
struct Report {
    var figures: [Figure]
    var about: [String]
    var notes: [String]

    var markdown: String {
        var lines = about + [""]
        lines.append("| what | limber | termdown | tty-clock | termdown ÷ limber | tty-clock ÷ limber |")
        lines.append("|---|---|---|---|---|---|")
        for figure in figures {
            let limber = figure.limber?.text ?? "not available"
            let peers = Peer.allCases.map { figure.peers[$0]?.text ?? "—" }
            lines.append("| \(figure.what) | \(limber) | \(peers.joined(separator: " | ")) | "
                + Peer.allCases.map(figure.ratio).joined(separator: " | ") + " |")
        }
        let missing = figures.compactMap { figure in figure.missing.map { "\(figure.what): \($0)." } }
        if !(notes + missing).isEmpty {
            lines += [""] + (notes + missing).map { "- \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let begin = "<!-- limber-benchmark: begin (written by the command; edit outside these lines) -->"
    static let end = "<!-- limber-benchmark: end -->"

    /// Puts the report between the markers of `file`, or at its end when it has none.
    func write(into file: URL) throws {
        let old = (try? String(contentsOf: file, encoding: .utf8)) ?? "# Performance\n"
        let block = "\(Self.begin)\n\(markdown)\(Self.end)"
        let new: String
        if let start = old.range(of: Self.begin), let stop = old.range(of: Self.end, range: start.upperBound..<old.endIndex) {
            new = old.replacingCharacters(in: start.lowerBound..<stop.upperBound, with: block)
        } else {
            new = old + "\n" + block + "\n"
        }
        try Data(new.utf8).write(to: file, options: .atomic)
    }
}

/// The machine and the moment, for the report.
enum Machine {
    static var loadAverage: String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "").split(separator: " ").prefix(3).joined(separator: " ")
    }

    static var processor: String {
        let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = info.split(separator: "\n").first { $0.hasPrefix("model name") }?.split(separator: ":", maxSplits: 1).last
        return "\(ProcessInfo.processInfo.activeProcessorCount) × \(model?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU")"
    }

    static var kernel: String {
        var name = utsname()
        uname(&name)
        return withUnsafeBytes(of: name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
}
