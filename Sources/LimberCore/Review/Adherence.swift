/// Planned days and what became of them, over a whole period or one week.
///
/// A planned day is a day from the patient's first day in the log (or `--from`, if later) to
/// the period's end, on which the prescription in force had no rest day and no red flag
/// stood uncleared. Days after today are not counted, nor today unless a session was played
/// on it (a review in the morning does not call today missed). A planned day is completed
/// when a session that day was completed, partial when one was played in part (ended early
/// or interrupted), and missed otherwise. Adherence is completed / planned: partial days are
/// shown beside it but not counted in it. A second session on the same day does not count
/// twice; sessions on days that were not planned (rest days) are counted as extra.
public struct Adherence: Encodable, Sendable, Equatable {
    public var planned: Int
    public var completed: Int
    public var partial: Int
    public var missed: Int

    public init(planned: Int = 0, completed: Int = 0, partial: Int = 0, missed: Int = 0) {
        self.planned = planned
        self.completed = completed
        self.partial = partial
        self.missed = missed
    }

    /// completed / planned, nil when nothing was planned.
    public var rate: Double? { planned == 0 ? nil : Double(completed) / Double(planned) }

    enum CodingKeys: String, CodingKey {
        case planned, completed, partial, missed, adherence
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(planned, forKey: .planned)
        try container.encode(completed, forKey: .completed)
        try container.encode(partial, forKey: .partial)
        try container.encode(missed, forKey: .missed)
        try container.encode(rate, forKey: .adherence)
    }

    /// What became of a planned day.
    public enum DayOutcome: Sendable {
        case completed, partial, missed
    }

    mutating func count(_ outcome: DayOutcome) {
        planned += 1
        switch outcome {
        case .completed: completed += 1
        case .partial: partial += 1
        case .missed: missed += 1
        }
    }
}

/// One calendar week (Monday to Sunday) of the period, clipped to it.
public struct ReviewWeek: Encodable, Sendable, Equatable {
    /// The week's Monday (it may fall before the period's first day).
    public var week: LocalDay
    public var adherence: Adherence

    public func encode(to encoder: any Encoder) throws {
        try adherence.encode(to: encoder)
        var container = encoder.container(keyedBy: WeekKey.self)
        try container.encode(week, forKey: .week)
    }

    private enum WeekKey: String, CodingKey { case week }
}

extension Adherence {
    /// A rate as a whole percentage ("75%"), or "-" when there is none.
    public static func percent(_ rate: Double?) -> String {
        rate.map { "\(Int(($0 * 100).rounded()))%" } ?? "-"
    }
}
