import Foundation

/// A profile as export format 1 and the log's first migration kept it: one record, its issues
/// without the day each was flagged. Read so that old files and logs keep their prescription.
public struct LegacyProfile: Codable, Sendable, Equatable {
    var name: String?
    var flaggedIssues: [String]
    var dailyMinutes: Int?
    var equipment: [String]
    var restDays: [Weekday]
    var updatedAt: Date

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name, equipment
        case flaggedIssues = "flagged_issues"
        case dailyMinutes = "daily_minutes"
        case restDays = "rest_days"
        case updatedAt = "updated_at"
    }

    /// The same prescription as a change: its day and the issues' day are the UTC day it was
    /// saved (the time zone was not kept), and its id comes from that instant, so importing the
    /// same old file twice adds it once.
    public var change: Profile {
        let day = LocalDay(containing: updatedAt, in: TimeZone(identifier: "UTC")!)
        let milliseconds = UInt64(max(0, (updatedAt.timeIntervalSince1970 * 1000).rounded()))
        let id = "00000000-0000-4000-8000-" + String(String(milliseconds, radix: 16).suffix(12)).leftPadded(to: 12)
        return Profile(
            id: id, day: day, name: name, flaggedIssues: flaggedIssues.map { FlaggedIssue(issue: $0, since: day) },
            dailyMinutes: dailyMinutes,
            equipment: equipment, restDays: restDays, updatedAt: updatedAt)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
