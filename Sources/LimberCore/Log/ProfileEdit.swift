import Foundation

/// One `profile set`: what to add, remove or replace in the prescription. Pure, so the rules
/// (which names are valid, what a change keeps) are tested without a process.
public struct ProfileEdit: Sendable, Equatable {
    public var name: String?
    public var flag: [String] = []
    public var unflag: [String] = []
    public var addConditions: [String] = []
    public var removeConditions: [String] = []
    public var weakerSide: Side?
    public var clearWeakerSide = false
    public var minutes: Int?
    public var addEquipment: [String] = []
    public var removeEquipment: [String] = []
    public var addRestDays: [String] = []
    public var removeRestDays: [String] = []
    public var voice: Bool?

    public init() {}

    public var changesNothing: Bool { self == ProfileEdit() }

    /// The first name that is not in its list, as a sentence listing the valid ones; nil when
    /// every name is known.
    public func problem(in library: RoutineLibrary) -> String? {
        let checks: [(what: String, given: [String], valid: [String])] = [
            ("issue", flag + unflag, library.issues.map(\.id)),
            ("condition", addConditions + removeConditions, library.conditions.map(\.id)),
            ("equipment item", addEquipment + removeEquipment, Equipment.allCases.map(\.rawValue)),
            ("day", addRestDays + removeRestDays, Weekday.allCases.map(\.rawValue)),
        ]
        for check in checks {
            if let unknown = check.given.first(where: { !check.valid.contains($0) }) {
                return "Unknown \(check.what) '\(VisibleText.of(unknown))'. Choose from: \(check.valid.joined(separator: ", "))."
            }
        }
        if let minutes, !Profile.minutesRange.contains(minutes) {
            return "--minutes \(minutes) is not between \(Profile.minutesRange.lowerBound) and \(Profile.minutesRange.upperBound)."
        }
        return nil
    }

    /// The profile after this edit, as a new change made on `day` at `instant`. Issues already
    /// flagged keep the day they were first flagged.
    public func applied(to current: Profile?, day: LocalDay, at instant: Date) -> Profile {
        var profile = current ?? Profile(day: day, updatedAt: instant)
        profile.id = UUID().uuidString.lowercased()
        profile.day = day
        profile.updatedAt = instant
        if let name { profile.name = name }
        profile.flaggedIssues.removeAll { unflag.contains($0.issue) }
        for issue in flag where !profile.issueIDs.contains(issue) {
            profile.flaggedIssues.append(FlaggedIssue(issue: issue, since: day))
        }
        profile.conditions = Self.edited(profile.conditions, adding: addConditions, removing: removeConditions)
        if clearWeakerSide { profile.weakerSide = nil }
        if let weakerSide { profile.weakerSide = weakerSide }
        if let minutes { profile.dailyMinutes = minutes }
        profile.equipment = Self.edited(profile.equipment, adding: addEquipment, removing: removeEquipment)
        let days = Self.edited(profile.restDays.map(\.rawValue), adding: addRestDays, removing: removeRestDays)
        profile.restDays = Weekday.allCases.filter { days.contains($0.rawValue) }
        if let voice { profile.voice = voice }
        return profile
    }

    private static func edited(_ list: [String], adding: [String], removing: [String]) -> [String] {
        var result = list.filter { !removing.contains($0) }
        for item in adding where !result.contains(item) { result.append(item) }
        return result
    }
}
