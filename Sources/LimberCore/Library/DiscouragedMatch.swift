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
        // Each technique's phrases are normalized once, not once per routine and step.
        let phrases = discouraged.map { technique in
            (technique, names: [technique.id, technique.name].map(Self.normalized),
             aliases: technique.aliases.map { ($0, Self.normalized($0)) }.filter { !$0.1.isEmpty })
        }
        for (technique, names, aliases) in phrases {
            if names.contains(id) {
                return DiscouragedMatch(technique: technique, how: "its id")
            }
            if names.contains(where: { Self.has(words: $0, in: name) }) {
                return DiscouragedMatch(technique: technique, how: "its name")
            }
            if let (alias, _) = aliases.first(where: { Self.has(words: $0.1, in: id) || Self.has(words: $0.1, in: name) }) {
                return DiscouragedMatch(technique: technique, how: "the alias '\(alias)'")
            }
        }
        for (index, step) in routine.steps.enumerated() {
            let stepName = Self.normalized(step.name)
            for (technique, names, aliases) in phrases {
                if let phrase = (names + aliases.map(\.1)).first(where: { Self.has(words: $0, in: stepName) }) {
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

    /// Whether `phrase` appears in `text` as whole words (both normalized): "forced spinal twist"
    /// is in "a forced spinal twist", not in "unforced spinal twist".
    static func has(words phrase: String, in text: String) -> Bool {
        (" " + text + " ").contains(" " + phrase + " ")
    }

    /// Lower-case words separated by single spaces, apostrophes dropped, so that
    /// "Footballer's stretch" and "footballers-stretch" compare equal.
    static func normalized(_ text: String) -> String {
        let words = text.lowercased()
            .filter { $0 != "'" && $0 != "\u{2019}" }
            .split { !isWordCharacter($0) }
        return words.joined(separator: " ")
    }

    /// A letter or digit; ASCII answered without the Unicode tables, which are slow to consult
    /// for every character of every step at each start.
    private static func isWordCharacter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue {
            return (0x61...0x7A).contains(ascii) || (0x41...0x5A).contains(ascii) || (0x30...0x39).contains(ascii)
        }
        return character.isLetter || character.isNumber
    }
}
