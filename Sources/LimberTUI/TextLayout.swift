/// Word wrapping and bars for screens of any width.
enum TextLayout {
    /// `text` broken into lines of at most `width` cells, at spaces where possible.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in words(text) {
            // The line is measured once, not again with each word, nor copied for each word (a
            // review wraps thousands): between printable ASCII and a space no characters join,
            // so widths add up. Elsewhere the line with the word is measured whole.
            let joined = line.isEmpty || !(joinsCleanly(line.utf8.last) && joinsCleanly(word.utf8.first))
                ? (line.isEmpty ? String(word) : spaced(line, word)) : nil
            let candidateWidth = joined.map(CharacterWidth.of) ?? lineWidth + 1 + CharacterWidth.of(String(word))
            if candidateWidth <= width {
                if let joined {
                    line = joined
                } else {
                    append(word, to: &line)
                }
                lineWidth = candidateWidth
                continue
            }
            if !line.isEmpty { lines.append(line) }
            var rest = String(word)
            while CharacterWidth.of(rest) > width {
                lines.append(String(rest.prefix(width)))
                rest = String(rest.dropFirst(width))
            }
            line = rest
            lineWidth = CharacterWidth.of(rest)
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// `line`, a space and `word`.
    private static func spaced(_ line: String, _ word: Substring) -> String {
        var joined = line
        append(word, to: &joined)
        return joined
    }

    /// A space and `word` added to `line`, as a Substring: `+` and `+=` take the generic path,
    /// whose first use has the Swift run-time search every conformance in the binary (0.3
    /// million instructions of the first frame).
    private static func append(_ word: Substring, to line: inout String) {
        line.append(" ")
        line.append(contentsOf: word)
    }

    /// `text` split at its spaces. When each scalar is a character by itself (a review's lines),
    /// at the space bytes, without breaking the text into characters first.
    static func words(_ text: String) -> [Substring] {
        guard text.unicodeScalars.allSatisfy(CharacterWidth.standsAloneInOneCell) else { return text.split(separator: " ") }
        let utf8 = text.utf8
        var words: [Substring] = []
        var start = utf8.startIndex
        for index in utf8.indices where utf8[index] == UInt8(ascii: " ") {
            if start < index { words.append(text[start..<index]) }
            start = utf8.index(after: index)
        }
        if start < utf8.endIndex { words.append(text[start...]) }
        return words
    }

    /// A printable ASCII character: one cell, and never part of a character with its neighbours.
    private static func joinsCleanly(_ byte: UInt8?) -> Bool {
        byte.map { (0x21...0x7E).contains($0) } ?? false
    }

    /// A bar `width` cells wide, filled in proportion to `fraction`.
    static func bar(_ fraction: Double, width: Int) -> String {
        let filled = Int((min(1, max(0, fraction)) * Double(width)).rounded(.down))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: max(0, width - filled))
    }

    /// At most `maxLines` of the wrapped text; when some is left out, the last line ends in
    /// `ellipsis` ("…", or "..." in ASCII).
    static func wrap(_ text: String, width: Int, maxLines: Int, ellipsis: String = "…") -> [String] {
        let lines = wrap(text, width: width)
        guard lines.count > maxLines, maxLines > 0 else { return lines }
        let last = lines[maxLines - 1]
        return lines.prefix(maxLines - 1) + [
            CharacterWidth.of(last) + CharacterWidth.of(ellipsis) <= width
                ? last + ellipsis : truncate(last + ellipsis, width: width, ellipsis: ellipsis),
        ]
    }

    /// `text` cut to `width` cells with an ellipsis when too long.
    static func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard CharacterWidth.of(text) > width else { return text }
        let room = width - CharacterWidth.of(ellipsis)
        guard room > 0 else { return String(text.prefix(max(0, width))) }
        return String(text.prefix(room)) + ellipsis
    }
}
