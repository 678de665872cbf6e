import LimberCore

/// A grid of character cells that screens draw into; a terminal then shows it. Keeping drawing
/// separate from the terminal lets tests compare screens as text.
public struct CellBuffer: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        public var character: Character
        public var style: Style

        public static let blank = Cell(character: " ", style: .plain)
    }

    /// The few looks Limber uses; the terminal maps them to attributes and colours.
    public enum Style: Sendable, Equatable {
        case plain, bold, dim, accent, warning, inverse
    }

    public let width: Int
    public let height: Int
    /// The characters this buffer may hold: anything else written is drawn in them.
    public let glyphs: Glyphs
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, glyphs: Glyphs = .unicode) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.glyphs = glyphs
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` from column `x` of row `y`, clipped to the buffer. Wide characters take
    /// two cells, the second left blank. Every screen draws through here, so this is where
    /// control characters from data (a routine name, a note) are made visible: raw, they would
    /// move the cursor or retitle the window when the terminal shows the buffer. Here too
    /// text is drawn in the buffer's glyphs (ASCII under a locale without UTF-8).
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain) {
        guard y >= 0, y < height else { return }
        var column = x
        for character in glyphs.drawable(VisibleText.of(text)) {
            let cellWidth = CharacterWidth.of(character)
            if column >= width { break }
            if column >= 0 {
                if column + cellWidth > width { break }
                cells[y * width + column] = Cell(character: character, style: style)
                if cellWidth == 2 {
                    cells[y * width + column + 1] = Cell(character: "\u{0}", style: style)
                }
            }
            column += cellWidth
        }
    }

    /// Writes `text` centred in the row.
    public mutating func center(_ text: String, y: Int, style: Style = .plain) {
        write(text, x: max(0, (width - CharacterWidth.of(text)) / 2), y: y, style: style)
    }

    /// The rows as text, trailing spaces trimmed: what a person would read off the screen.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where self[x, y].character != "\u{0}" {
                line.append(self[x, y].character)
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    public var text: String { lines.joined(separator: "\n") }
}
