import Foundation

/// The patient's prescription, kept in the log so it travels with export and import.
/// A scheduler reads it to plan the days.
public struct Profile: Codable, Sendable, Equatable {
    public var name: String?
    /// Issue ids from `Routines/issues.yaml` the clinician flagged.
    public var flaggedIssues: [String]
    /// How many minutes a day the patient has for exercise.
    public var dailyMinutes: Int?
    /// Equipment the patient has, as routine files name it (bar, roller, mat).
    public var equipment: [String]
    public var restDays: [Weekday]
    /// When it was last saved; on import the newer profile wins.
    public var updatedAt: Date

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name, equipment
        case flaggedIssues = "flagged_issues"
        case dailyMinutes = "daily_minutes"
        case restDays = "rest_days"
        case updatedAt = "updated_at"
    }

    public init(
        name: String? = nil, flaggedIssues: [String] = [], dailyMinutes: Int? = nil, equipment: [String] = [],
        restDays: [Weekday] = [], updatedAt: Date
    ) {
        self.name = name
        self.flaggedIssues = flaggedIssues
        self.dailyMinutes = dailyMinutes
        self.equipment = equipment
        self.restDays = restDays
        self.updatedAt = updatedAt
    }

    /// What is wrong with the record, or nil when the log can keep it.
    public var problem: String? {
        if let dailyMinutes, !LogLimits.minutes.contains(dailyMinutes) {
            return "daily_minutes \(dailyMinutes) is not between 1 and 600"
        }
        return nil
    }
}
