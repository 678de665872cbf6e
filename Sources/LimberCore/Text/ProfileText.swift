/// `profile show` as text: the prescription in force, each issue and condition by its name.
public enum ProfileText {
    public static func lines(_ profile: Profile, history: ProfileHistory, library: RoutineLibrary) -> [String] {
        func named(_ id: String, in entries: [DescribedEntry]) -> String {
            entries.first { $0.id == id }.map { "\($0.id) (\($0.name))" } ?? id
        }
        let issues = profile.flaggedIssues.map { "  \(named($0.issue, in: library.issues)), since \($0.since)" }
        let conditions = profile.conditions.map { "  \(named($0, in: library.conditions))" }
        return [
            "Name: \(profile.name.map(VisibleText.of) ?? "not set")",
            "Flagged issues:\(issues.isEmpty ? " none" : "")",
        ] + issues + ["Conditions:\(conditions.isEmpty ? " none" : "")"] + conditions + [
            "Weaker side: \(profile.weakerSide?.rawValue ?? "none")",
            "Minutes a day: \(profile.minutes)",
            "Equipment: \(list(profile.equipment))",
            "Rest days: \(list(profile.restDays.map(\.rawValue)))",
            "Spoken cues: \(profile.speaks ? "on" : "off")",
            "Changed \(history.changes.count == 1 ? "once" : "\(history.changes.count) times"), last on \(profile.day).",
        ]
    }

    /// What `today` and `profile show` say when no profile was set yet.
    public static let howToSet =
        "No profile yet: the plan is one for a patient with no issues flagged. Your clinician can set one, for example: "
        + "limber profile set --flag prolonged-sitting --minutes 15"

    private static func list(_ items: [String]) -> String {
        items.isEmpty ? "none" : items.joined(separator: ", ")
    }
}
