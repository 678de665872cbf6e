/// What `limber screen` says once a screening is recorded: each sign that applies with the
/// clinic's advice, the red flags first.
public enum ScreeningText {
    public static func confirmation(_ screening: Screening, safety: SafetyCatalog) -> String {
        let applying = safety.symptoms.filter { screening.symptoms.contains($0.id) }
        guard !applying.isEmpty else {
            return "Screening recorded on \(screening.day): none of the warning signs applies. Limber will ask again in a week."
        }
        let stops = applying.contains { $0.urgency != nil }
        return (["Screening recorded on \(screening.day)."]
            + applying.map { "  - \($0.id): \($0.advice)" }
            + [stops ? stopped : "You can carry on with your sessions."])
            .joined(separator: "\n")
    }

    /// Said whenever a red flag is recorded, by a screening or by `log symptom`.
    public static let stopped =
        "Sessions are stopped until a professional has seen you and it is recorded with 'limber screen --cleared NAME --by WHO'."
}
