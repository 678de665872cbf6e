/// The first part of a review of several patients: one line each, those needing attention
/// first.
public struct ClinicSummary: Encodable, Sendable, Equatable {
    public var patient: String
    public var source: String
    public var adherence: Double?
    public var currentStreak: Int
    public var lastSession: PatientReview.LastSession?
    public var openAlerts: Int
    /// Why the patient needs attention, most pressing first; empty when nothing does.
    public var attention: [String]

    enum CodingKeys: String, CodingKey {
        case patient, source, adherence, attention
        case currentStreak = "current_streak", lastSession = "last_session", openAlerts = "open_alerts"
    }

    /// Adherence below this needs attention.
    public static let lowAdherence = 0.5
    /// No session for this many days before the period's end needs attention.
    public static let quietDays = 7

    public init(_ review: PatientReview) {
        patient = review.patient
        source = review.source
        adherence = review.adherence.rate
        currentStreak = review.currentStreak
        lastSession = review.lastSession
        openAlerts = review.openAlerts
        var attention: [String] = []
        if review.openRedFlags > 0 { attention.append("red flag not cleared") }
        if review.openAlerts > review.openRedFlags { attention.append("assessment advised") }
        if let rate = adherence, rate < Self.lowAdherence { attention.append("adherence below \(Int(Self.lowAdherence * 100))%") }
        if let last = lastSession?.date, last.dayNumber <= review.to.dayNumber - Self.quietDays {
            attention.append("no session since \(last)")
        } else if lastSession == nil {
            attention.append("no session logged")
        }
        self.attention = attention
    }

    /// Patients needing attention first: an uncleared red flag, then open alerts, then the
    /// lowest adherence; then by name.
    public static func ordered(_ reviews: [PatientReview]) -> [PatientReview] {
        ordered(reviews) { $0 }
    }

    /// `items` in the order of their reviews (see `ordered`).
    public static func ordered<Item>(_ items: [Item], by review: (Item) -> PatientReview) -> [Item] {
        items.sorted { left, right in
            let (left, right) = (review(left), review(right))
            func key(_ review: PatientReview) -> (Int, Int, Double) {
                (-review.openRedFlags, -review.openAlerts, review.adherence.rate ?? -1)
            }
            let (a, b) = (key(left), key(right))
            if a != b { return a < b }
            return (left.patient, left.source) < (right.patient, right.source)
        }
    }
}
