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
    /// What the technique is, in one line.
    public var description: String?
    public var reasons: [String]
    /// Said first after a crack: reassurance, and when to seek advice.
    public var afterward: String?
    public var alternatives: [Alternative]

    public init(
        techniqueName: String, description: String? = nil, reasons: [String], afterward: String? = nil,
        alternatives: [Alternative]
    ) {
        self.techniqueName = techniqueName
        self.description = description
        self.reasons = reasons
        self.afterward = afterward
        self.alternatives = alternatives
    }

    /// The clinic's warning about the footballer's stretch (or the first technique it lists);
    /// nil when it lists none. `routineName` names a routine by id, or nil when the library lacks it.
    public init?(safety: SafetyCatalog, routineName: (String) -> String?) {
        guard let technique = safety.discouraged.first(where: { $0.id == "footballers-stretch" }) ?? safety.discouraged.first
        else { return nil }
        self.init(
            techniqueName: technique.name, description: technique.description, reasons: technique.reasons,
            afterward: technique.afterward, alternatives: technique.alternatives.map { Alternative(id: $0, name: routineName($0) ?? $0) })
    }

    public var heading: String { "Our clinic's advice on the \(techniqueName.lowercased()):" }

    /// The alternatives by name in one sentence, for a screen with little room.
    public var alternativesSentence: String? {
        alternatives.isEmpty ? nil : "Gentler routines to try instead: \(alternatives.map(\.name).joined(separator: ", "))."
    }

    /// The whole warning, for the command line: the reassurance first, then what the technique
    /// is and the clinic's reasons, then the alternatives.
    public var text: String {
        var lines = afterward.map { [$0, ""] } ?? []
        lines += [heading] + (description.map { ["  \($0)"] } ?? []) + reasons.map { "  - \($0)" }
        if !alternatives.isEmpty {
            lines += ["", "Gentler routines to try instead:"]
            lines += alternatives.map { "  - \($0.name)  (limber start --routine \($0.id))" }
        }
        return lines.joined(separator: "\n")
    }
}
