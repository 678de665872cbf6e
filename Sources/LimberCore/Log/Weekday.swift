/// A day of the week, as a patient names a rest day (`--rest-day sun`).
public enum Weekday: String, Codable, Sendable, CaseIterable {
    case mon, tue, wed, thu, fri, sat, sun
}
