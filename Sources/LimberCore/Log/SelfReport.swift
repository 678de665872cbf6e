import Foundation

/// Something the patient logged outside a session: a back crack, an activity, pain,
/// morning stiffness or a symptom. Which fields are set depends on the kind.
public struct SelfReport: Codable, Sendable, Equatable, Identifiable {
    /// A UUID, so the same report imported twice is recognised.
    public var id: String
    /// The patient's calendar day when it was recorded.
    public var day: LocalDay
    public var recordedAt: Date
    public var kind: SelfReportKind
    /// Set for `activity`.
    public var activity: ActivityKind?
    /// Set for `activity` (how long) and `stiffness` (how long until it eased).
    public var minutes: Int?
    /// Set for `pain`, 0 to 10.
    public var pain: Int?
    /// Set for `symptom`: an id from the clinic's safety list.
    public var symptom: String?
    public var note: String?

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, day, kind, activity, minutes, pain, symptom, note
        case recordedAt = "recorded_at"
    }

    public init(
        id: String = UUID().uuidString.lowercased(), day: LocalDay, recordedAt: Date, kind: SelfReportKind,
        activity: ActivityKind? = nil, minutes: Int? = nil, pain: Int? = nil, symptom: String? = nil,
        note: String? = nil
    ) {
        self.id = id
        self.day = day
        self.recordedAt = recordedAt
        self.kind = kind
        self.activity = activity
        self.minutes = minutes
        self.pain = pain
        self.symptom = symptom
        self.note = note
    }

    // Each report belongs to the patient's day at the instant it was recorded, in their time zone.

    public static func crack(at instant: Date, in zone: TimeZone = .current, note: String? = nil) -> SelfReport {
        SelfReport(day: LocalDay(containing: instant, in: zone), recordedAt: instant, kind: .crack, note: note)
    }

    public static func activity(
        _ activity: ActivityKind, minutes: Int, at instant: Date, in zone: TimeZone = .current, note: String? = nil
    ) -> SelfReport {
        SelfReport(
            day: LocalDay(containing: instant, in: zone), recordedAt: instant, kind: .activity, activity: activity,
            minutes: minutes, note: note)
    }

    public static func pain(_ pain: Int, at instant: Date, in zone: TimeZone = .current, note: String? = nil) -> SelfReport {
        SelfReport(day: LocalDay(containing: instant, in: zone), recordedAt: instant, kind: .pain, pain: pain, note: note)
    }

    public static func stiffness(minutes: Int, at instant: Date, in zone: TimeZone = .current, note: String? = nil) -> SelfReport {
        SelfReport(
            day: LocalDay(containing: instant, in: zone), recordedAt: instant, kind: .stiffness, minutes: minutes, note: note)
    }

    public static func symptom(_ symptom: String, at instant: Date, in zone: TimeZone = .current, note: String? = nil) -> SelfReport {
        SelfReport(
            day: LocalDay(containing: instant, in: zone), recordedAt: instant, kind: .symptom, symptom: symptom, note: note)
    }

    /// What is wrong with the record, or nil when the log can keep it.
    public var problem: String? {
        if let pain, !LogLimits.pain.contains(pain) { return "pain \(pain) is not between 0 and 10" }
        if let note, note.count > LogLimits.noteCharacters {
            return "the note has \(note.count) characters; at most \(LogLimits.noteCharacters) are kept"
        }
        if let minutes, !LogLimits.minutes.contains(minutes) { return "minutes \(minutes) is not between 1 and 600" }
        switch kind {
        case .activity where activity == nil || minutes == nil: return "an activity needs 'activity' and 'minutes'"
        case .pain where pain == nil: return "a pain report needs 'pain'"
        case .stiffness where minutes == nil: return "a stiffness report needs 'minutes'"
        case .symptom where symptom?.isEmpty ?? true: return "a symptom report needs 'symptom'"
        default: return nil
        }
    }
}
