/// A day of the week, as a patient names a rest day (`--rest-day sun`).
public enum Weekday: String, LogChoice, Sendable {
    case mon, tue, wed, thu, fri, sat, sun
}

extension Weekday {
    /// The day of the week `day` falls on.
    public init(of day: LocalDay) {
        // 1970-01-01 was a Thursday.
        self = Self.allCases[((day.dayNumber % 7) + 7 + 3) % 7]
    }
}

extension Weekday {
    /// The day's name in full: "Monday".
    public var name: String {
        switch self {
        case .mon: "Monday"
        case .tue: "Tuesday"
        case .wed: "Wednesday"
        case .thu: "Thursday"
        case .fri: "Friday"
        case .sat: "Saturday"
        case .sun: "Sunday"
        }
    }
}
