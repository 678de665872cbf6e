/// A day of the week, as a patient names a rest day (`--rest-day sun`).
public enum Weekday: String, LogChoice, Sendable {
    case mon, tue, wed, thu, fri, sat, sun
}
