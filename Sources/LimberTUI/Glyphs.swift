import Foundation

/// The characters screens may draw: any on a UTF-8 terminal, ASCII alone under a locale whose
/// codeset is not UTF-8 (`LANG=C`), where a "█" would reach the screen as three bytes of garbage.
/// Decided once, at start, from the locale (`ofLocale`); screens are drawn for one value.
public enum Glyphs: Sendable, Equatable {
    case unicode, ascii

    /// For the codeset that `nl_langinfo(CODESET)` names after `setlocale(LC_CTYPE, "")`:
    /// "UTF-8" (also written "utf8"), or another such as "ANSI_X3.4-1968" under `LANG=C`.
    public init(codeset: String) {
        let name = codeset.uppercased().filter { $0 != "-" && $0 != "_" }
        self = name == "UTF8" ? .unicode : .ascii
    }

    /// For this process's locale, set from the environment here: what the screens and the
    /// command line's own marks use. Only the character type is taken from the environment:
    /// it is all the codeset and ncurses' wide characters depend on, and loading every other
    /// part of the locale cost `status` a dozen files.
    public static func ofLocale() -> Glyphs {
        setlocale(LC_CTYPE, "")
        return Glyphs(codeset: String(cString: nl_langinfo(nl_item(CODESET))))
    }

    /// What marks text as cut short.
    public var ellipsis: String { self == .unicode ? "…" : "..." }

    /// `text` as these glyphs draw it: unchanged in Unicode; in ASCII each other character is
    /// replaced by ASCII of the same width in cells, so a layout measured before still fits.
    public func drawable(_ text: String) -> String {
        guard self == .ascii, !text.allSatisfy(\.isASCII) else { return text }
        var drawn = ""
        for character in text {
            drawn += character.isASCII ? String(character) : Self.ascii(for: character)
        }
        return drawn
    }

    /// The player's own glyphs and the punctuation of library text, each one cell wide.
    private static let replacements: [Character: String] = [
        "█": "#", "▓": "#", "▒": "+", "░": "-", "▪": ".", "●": "o", "•": "*", "·": "-",
        "←": "<", "→": ">", "↑": "^", "↓": "v", "…": ".", "—": "-", "–": "-", "‒": "-", "―": "-",
        "‘": "'", "’": "'", "‚": "'", "′": "'", "“": "\"", "”": "\"", "„": "\"", "″": "\"",
        "×": "x", "\u{A0}": " ", "°": "o", "○": "o",
        // Sparklines (the home screen's and the review's), lowest to highest.
        "▁": "_", "▂": ".", "▃": ":", "▄": "-", "▅": "=", "▆": "+", "▇": "*",
    ]

    /// One character in ASCII: a known replacement, else its letter without accents (é is e),
    /// else a question mark for each cell it takes.
    private static func ascii(for character: Character) -> String {
        if let replacement = replacements[character] { return replacement }
        if let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first, base.isASCII,
            base.properties.isAlphabetic {
            return String(Character(base))
        }
        return String(repeating: "?", count: max(1, CharacterWidth.of(character)))
    }
}
