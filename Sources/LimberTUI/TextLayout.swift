/// Word wrapping and bars for screens of any width.
enum TextLayout {
    /// `text` broken into lines of at most `width` cells, at spaces where possible.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var text = text
        return text.withUTF8 { wrapByScalars($0, width: width) } ?? wrapMeasuring(text, width: width)
    }

    /// `wrap` of the UTF-8 bytes of `text`, each line after `indent` spaces and before a line
    /// break, added to `output` as bytes: the review's table wraps a line for every session, and
    /// a String of each line, then of each indented line, cost more than wrapping it.
    static func appendWrapped(_ text: UnsafeBufferPointer<UInt8>, width: Int, indent: Int, to output: inout [UInt8]) {
        func put(_ line: UnsafeBufferPointer<UInt8>) {
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
            output.append(contentsOf: line)
            output.append(UInt8(ascii: "\n"))
        }
        let before = output.count
        guard width > 0, !eachLineByScalars(text, width: width, put) else { return }
        output.removeSubrange(before...)
        for var line in wrapMeasuring(String(decoding: text, as: UTF8.self), width: width) { line.withUTF8(put) }
    }

    /// `wrap` of the UTF-8 bytes of a text whose every scalar is a character of one cell by
    /// itself (a review's lines, "pain 3→2" and all), else nil.
    private static func wrapByScalars(_ bytes: UnsafeBufferPointer<UInt8>, width: Int) -> [String]? {
        var lines: [String] = []
        return eachLineByScalars(bytes, width: width) { lines.append(String(decoding: $0, as: UTF8.self)) } ? lines : nil
    }

    /// Each line of `wrap` of the UTF-8 bytes of a text, handed to `handOn` in turn, when its
    /// every scalar is a character of one cell by itself; false as soon as one is not (some lines
    /// may have been handed on). A word's cells are its scalars, each looked at as its bytes are
    /// read; a line whose words are one space apart in the text (a review's always are) is handed
    /// on as that part of the text, any other copied. Splitting, measuring and joining each word
    /// as a string cost a 500-patient table 15 % of its instructions. The same lines as
    /// `wrapMeasuring` (TextLayoutTests).
    private static func eachLineByScalars(
        _ bytes: UnsafeBufferPointer<UInt8>, width: Int, _ handOn: (UnsafeBufferPointer<UInt8>) -> Void
    ) -> Bool {
        let space = UInt8(ascii: " ")
        func part(_ from: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[from..<end]) }
        // The line so far: bytes[lineStart..<lineEnd], or `copied` once two of its words are
        // further apart; none before the first word.
        var (lineStart, lineEnd, lineWidth, hasLine) = (0, 0, 0, false)
        var copied: [UInt8]?
        func handOnLine() {
            guard hasLine else { return }
            if let copied { copied.withUnsafeBufferPointer(handOn) } else { handOn(part(lineStart, lineEnd)) }
        }
        var start = 0
        while start < bytes.count {
            guard bytes[start] != space else {
                start += 1
                continue
            }
            var (end, cells) = (start, 0)
            while end < bytes.count, bytes[end] != space {
                // Printable ASCII, most of a review, stands alone without being decoded.
                if (0x21...0x7E).contains(bytes[end]) {
                    cells += 1
                    end += 1
                    continue
                }
                // A scalar begins at each byte but UTF-8's continuation bytes (10xxxxxx).
                if bytes[end] & 0xC0 != 0x80 {
                    guard CharacterWidth.standsAloneInOneCell(scalar(at: end, of: bytes)) else { return false }
                    cells += 1
                }
                end += 1
            }
            var wordStart = start
            start = end
            if hasLine, lineWidth + 1 + cells <= width {
                if copied == nil, wordStart == lineEnd + 1 {
                    lineEnd = end
                } else {
                    if copied == nil { copied = Array(part(lineStart, lineEnd)) }
                    copied!.append(space)
                    copied!.append(contentsOf: part(wordStart, end))
                }
                lineWidth += 1 + cells
                continue
            }
            handOnLine()
            // A word wider than a line is cut every `width` characters.
            while cells > width {
                var (cut, counted) = (wordStart, 0)
                while counted < width || (cut < end && bytes[cut] & 0xC0 == 0x80) {
                    if bytes[cut] & 0xC0 != 0x80 { counted += 1 }
                    cut += 1
                }
                handOn(part(wordStart, cut))
                wordStart = cut
                cells -= width
            }
            (lineStart, lineEnd, lineWidth, hasLine, copied) = (wordStart, end, cells, true, nil)
        }
        handOnLine()
        return true
    }

    /// The scalar whose UTF-8 begins at `index` of `bytes` (well formed, as a String's are).
    private static func scalar(at index: Int, of bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        let lead = bytes[index]
        guard lead >= 0xC0 else { return Unicode.Scalar(lead) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        // The lead byte's bits after its length's ones and a zero, then six from each byte after.
        var value = UInt32(lead & (0x7F >> length))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value)!
    }

    /// `wrap` of any text, each line measured as it grows.
    static func wrapMeasuring(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ") {
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
