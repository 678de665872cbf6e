/// What `limber log crack` and the crack key show: the clinic's advice on the technique it
/// discourages, in its own words from `safety.yaml`, with the routines it suggests instead.
public struct CrackWarning: Sendable, Equatable {
    public struct Alternative: Sendable, Equatable {
        public var id: String
        public var name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    public var techniqueName: String
    public var reasons: [String]
    public var alternatives: [Alternative]

    public init(techniqueName: String, reasons: [String], alternatives: [Alternative]) {
        self.techniqueName = techniqueName
        self.reasons = reasons
        self.alternatives = alternatives
    }

    /// The clinic's warning about the footballer's stretch (or the first technique it lists);
    /// nil when it lists none. `routineName` names a routine by id, or nil when the library lacks it.
    public init?(safety: SafetyCatalog, routineName: (String) -> String?) {
        guard let technique = safety.discouraged.first(where: { $0.id == "footballers-stretch" }) ?? safety.discouraged.first
        else { return nil }
        self.init(
            techniqueName: technique.name, reasons: technique.reasons,
            alternatives: technique.alternatives.map { Alternative(id: $0, name: routineName($0) ?? $0) })
    }

    public var heading: String { "Our clinic's advice on the \(techniqueName.lowercased()):" }

    /// The alternatives by name in one sentence, for a screen with little room.
    public var alternativesSentence: String? {
        alternatives.isEmpty ? nil : "Gentler routines to try instead: \(alternatives.map(\.name).joined(separator: ", "))."
    }

    /// The whole warning, for the command line.
    public var text: String {
        var lines = [heading] + reasons.map { "  - \($0)" }
        if !alternatives.isEmpty {
            lines += ["", "Gentler routines to try instead:"]
            lines += alternatives.map { "  - \($0.name)  (limber start --routine \($0.id))" }
        }
        return lines.joined(separator: "\n")
    }
}
