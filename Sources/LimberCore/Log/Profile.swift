import Foundation

/// The patient's prescription as one change left it: every `profile set` writes a whole new
/// one, kept beside the older ones, so a review can show what the prescription was on any day.
/// The log and the export keep them all; the newest is the one in force.
public struct Profile: Codable, Sendable, Equatable {
    /// A UUID, so the same change imported twice is recognised.
    public var id: String
    /// The patient's day the change was made: it holds from this day on.
    public var day: LocalDay
    public var name: String?
    /// Issues from `Routines/issues.yaml` the clinician flagged, each with the day it was flagged.
    public var flaggedIssues: [FlaggedIssue]
    /// Condition ids from `Routines/conditions.yaml`: routines that avoid one are never planned.
    public var conditions: [String]
    /// The weaker side, when left-right imbalance has one; its sided steps get extra sets.
    public var weakerSide: Side?
    /// Minutes a day the patient has for exercise; nil means `defaultMinutes`.
    public var dailyMinutes: Int?
    /// Equipment the patient has, as routine files name it (bar, roller, mat).
    public var equipment: [String]
    public var restDays: [Weekday]
    /// Whether `start` speaks the cues (as `start --voice` does); nil, never set, is off.
    public var voice: Bool?
    /// When the change was saved.
    public var updatedAt: Date

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, day, name, conditions, equipment, voice
        case flaggedIssues = "flagged_issues"
        case weakerSide = "weaker_side"
        case dailyMinutes = "daily_minutes"
        case restDays = "rest_days"
        case updatedAt = "updated_at"
    }

    public init(
        id: String = UUID().uuidString.lowercased(), day: LocalDay, name: String? = nil,
        flaggedIssues: [FlaggedIssue] = [], conditions: [String] = [], weakerSide: Side? = nil,
        dailyMinutes: Int? = nil, equipment: [String] = [], restDays: [Weekday] = [], voice: Bool? = nil, updatedAt: Date
    ) {
        self.id = id
        self.day = day
        self.name = name
        self.flaggedIssues = flaggedIssues
        self.conditions = conditions
        self.weakerSide = weakerSide
        self.dailyMinutes = dailyMinutes
        self.equipment = equipment
        self.restDays = restDays
        self.voice = voice
        self.updatedAt = updatedAt
    }

    /// The daily minutes a patient gets before a clinician sets them.
    public static let defaultMinutes = 15
    /// The daily minutes `profile set --minutes` accepts.
    public static let minutesRange = 5...90

    public var minutes: Int { dailyMinutes ?? Self.defaultMinutes }

    /// Whether sessions speak their cues.
    public var speaks: Bool { voice ?? false }

    public var issueIDs: [String] { flaggedIssues.map(\.issue) }

    /// What is wrong with the record, or nil when the log can keep it.
    public var problem: String? {
        // The log keeps what format 1 kept; `profile set` holds new values to `minutesRange`.
        if let dailyMinutes, !LogLimits.minutes.contains(dailyMinutes) {
            return "daily_minutes \(dailyMinutes) is not between 1 and 600"
        }
        return nil
    }
}

/// An issue on the profile and the day the clinician flagged it.
public struct FlaggedIssue: Codable, Sendable, Equatable {
    public var issue: String
    public var since: LocalDay

    public init(issue: String, since: LocalDay) {
        self.issue = issue
        self.since = since
    }
}
