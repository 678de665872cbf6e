/// Why a routine was picked, kept as data (the rule, the facts it came from) and said in one line.
public struct PickReason: Sendable, Equatable {
    public var rule: Rule
    /// The names of the flagged issues the routine targets, in the profile's order.
    public var issues: [String]
    /// Of those, the ones not worked the day before.
    public var overdue: [String]
    public var dose: DoseNote?
    /// Extra sets on the weaker side, when the routine has them.
    public var extraSets: (side: Side, count: Int)?

    public enum Rule: String, Sendable, Equatable {
        /// Mobility or breathing to begin.
        case opener
        /// Breathing to end.
        case closer
        /// A flagged issue not worked the day before.
        case coverage
        /// Targets flagged issues.
        case target
        /// Fills the time the patient has.
        case fill
        /// A rest day's short breathing and walking.
        case rest
    }

    public var text: String {
        var parts: [String]
        switch rule {
        case .opener: parts = ["opens the session gently"]
        case .closer: parts = ["ends the session calmly with slow breathing"]
        case .rest: parts = ["rest day: something short and easy"]
        case .coverage, .target, .fill: parts = []
        }
        let fresh = issues.filter { !overdue.contains($0) }
        if !overdue.isEmpty { parts.append("targets \(overdue.joined(separator: ", ")), not worked yesterday") }
        if !fresh.isEmpty { parts.append("\(overdue.isEmpty ? "targets" : "also") \(fresh.joined(separator: ", "))") }
        if parts.isEmpty { parts = ["fills the time you have"] }
        if let extraSets {
            parts.append("\(extraSets.count) extra set\(extraSets.count == 1 ? "" : "s") on the weaker (\(extraSets.side.rawValue)) side")
        }
        if let dose { parts.append(dose.text) }
        return parts.joined(separator: "; ")
    }

    public static func == (lhs: PickReason, rhs: PickReason) -> Bool {
        lhs.rule == rhs.rule && lhs.issues == rhs.issues && lhs.overdue == rhs.overdue && lhs.dose == rhs.dose
            && lhs.extraSets?.side == rhs.extraSets?.side && lhs.extraSets?.count == rhs.extraSets?.count
    }
}

/// How the log changed a routine's dose, for the reason line.
public enum DoseNote: Sendable, Equatable {
    /// A step's dose grew after `after` good sessions: "hold grew to 35 s".
    case grew(step: String, to: String, after: Int)
    /// The routine took the place of an easier one whose dose was at its top.
    case movedUp(from: String, after: Int)
    /// The dose went back, or the easier routine came back, because of `cause`.
    case eased(cause: String, to: String)

    public var text: String {
        switch self {
        case let .grew(step, value, after): "\(step) grew to \(value) after \(after) easy sessions"
        case let .movedUp(from, after): "replaces \(from) after \(after) easy sessions at its top dose"
        case let .eased(cause, to): "back to \(to) after \(cause)"
        }
    }
}
