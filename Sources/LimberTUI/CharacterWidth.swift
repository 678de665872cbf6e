import LimberCore

/// Terminal cell widths without asking the C library, so rendering stays pure and testable.
public enum CharacterWidth {
    public static func of(_ character: Character) -> Int {
        // Most of every frame is ASCII: answer it without the Unicode property tables.
        if character.isASCII { return 1 }
        guard let scalar = character.unicodeScalars.first else { return 0 }
        return scalar.properties.isEmojiPresentation || isEastAsianWide(scalar.value) ? 2 : 1
    }

    /// Cells `text` takes once drawn, its control characters made visible as `CellBuffer` does.
    public static func of(_ text: String) -> Int {
        standaloneCells(text) ?? measured(text)
    }

    /// Cells `text` takes when each of its scalars is a character of one cell by itself (most
    /// text drawn is ASCII with a few arrows, blocks or accented letters, "pain 3→2"): its
    /// scalars, counted without breaking the text into characters (a review measures every
    /// word). Nil for any other text. Such texts' widths add up when joined.
    static func standaloneCells(_ text: String) -> Int? {
        var cells = 0
        for scalar in text.unicodeScalars {
            guard standsAloneInOneCell(scalar) else { return nil }
            cells += 1
        }
        return cells
    }

    /// Cells `text` takes, measured character by character: the rule `of(_:)` keeps to.
    static func measured(_ text: String) -> Int {
        VisibleText.of(text).reduce(0) { $0 + of($1) }
    }

    /// A scalar one cell wide that is never drawn joined with its neighbours: no control,
    /// combining mark, joiner, variation selector, jamo, regional indicator, wide or emoji
    /// character among them. Printable ASCII, Latin letters, punctuation, arrows, box drawing,
    /// blocks and shapes: what Limber's screens and reviews draw.
    static func standsAloneInOneCell(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2500...0x25FC: true
        default: false
        }
    }

    /// `text` followed by spaces up to `width` cells (unchanged if already as wide).
    public static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }

    private static func isEastAsianWide(_ value: UInt32) -> Bool {
        (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
            || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0xFF00...0xFF60).contains(value) || (0xFFE0...0xFFE6).contains(value)
    }
}
