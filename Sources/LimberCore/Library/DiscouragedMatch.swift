/// Finding a discouraged technique dressed up as a routine: by id, by name, by one of the
/// technique's aliases (in the routine's id or name, or in a step's name), or by the routine
/// calling itself forceful.
public struct DiscouragedMatch: Sendable, Equatable {
    public var technique: DiscouragedTechnique
    /// How it matched, for the checker's message ("its name", "the alias '...'", ...).
    public var how: String
    /// The step whose name matched (0-based), when it was a step.
    public var stepIndex: Int? = nil
}

extension SafetyCatalog {
    public func discouragedMatch(for routine: Routine) -> DiscouragedMatch? {
        let id = Self.normalized(routine.id)
        let name = Self.normalized(routine.name)
        for technique in discouraged {
            let techniqueNames = [technique.id, technique.name].map(Self.normalized)
            if techniqueNames.contains(id) {
                return DiscouragedMatch(technique: technique, how: "its id")
            }
            if techniqueNames.contains(where: { name.contains($0) }) {
                return DiscouragedMatch(technique: technique, how: "its name")
            }
            for alias in technique.aliases {
                let phrase = Self.normalized(alias)
                if !phrase.isEmpty, id.contains(phrase) || name.contains(phrase) {
                    return DiscouragedMatch(technique: technique, how: "the alias '\(alias)'")
                }
            }
        }
        for (index, step) in routine.steps.enumerated() {
            let stepName = Self.normalized(step.name)
            for technique in discouraged {
                let phrases = ([technique.id, technique.name] + technique.aliases).map(Self.normalized)
                if let phrase = phrases.first(where: { !$0.isEmpty && stepName.contains($0) }) {
                    return DiscouragedMatch(
                        technique: technique, how: "the name of step \(index + 1), '\(step.name)' ('\(phrase)')",
                        stepIndex: index)
                }
            }
        }
        if routine.forceful, let first = discouraged.first {
            return DiscouragedMatch(technique: first, how: "its 'forceful: true' marker")
        }
        return nil
    }

    /// Lower-case words separated by single spaces, apostrophes dropped, so that
    /// "Footballer's stretch" and "footballers-stretch" compare equal.
    static func normalized(_ text: String) -> String {
        let words = text.lowercased()
            .filter { $0 != "'" && $0 != "\u{2019}" }
            .split { !$0.isLetter && !$0.isNumber }
        return words.joined(separator: " ")
    }
}
