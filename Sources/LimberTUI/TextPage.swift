import LimberCore

/// Text to read, a screen at a time: the history, the summary after a session, advice. The
/// text's own lines are kept (each wrapped to the width); ↑ ↓ and space scroll.
public enum TextPage {
    /// The page of `paragraphs` starting at line `offset` of the wrapped text.
    public static func render(title: String, paragraphs: [String], offset: Int, footer: String = "Any key: back",
                              width: Int, height: Int, glyphs: Glyphs = .unicode) -> CellBuffer {
        if let small = PlayerScreen.tooSmall(width: width, height: height, glyphs: glyphs) { return small }
        let buffer = CellBuffer(width: width, height: height, glyphs: glyphs)
        var layout = Layout(fitting: buffer)
        let lines = wrapped(paragraphs, width: layout.inner)
        let rows = height - 4
        let first = min(max(0, offset), lastOffset(paragraphs, width: width, height: height))
        layout.line(TextLayout.truncate(title, width: layout.inner, ellipsis: glyphs.ellipsis), style: .bold)
        layout.skip()
        for line in lines.dropFirst(first).prefix(rows) { layout.line(line) }
        layout.moveTo(row: height - 1)
        let more = lines.count > rows ? "↑ ↓ scroll (\(first + 1)-\(min(lines.count, first + rows)) of \(lines.count))  " : ""
        layout.line(TextLayout.truncate(more + footer, width: layout.inner, ellipsis: glyphs.ellipsis), style: .dim)
        return layout.buffer
    }

    /// The offset that shows the end of the text.
    static func lastOffset(_ paragraphs: [String], width: Int, height: Int) -> Int {
        let inner = Layout(fitting: CellBuffer(width: width, height: height)).inner
        return max(0, wrapped(paragraphs, width: inner).count - (height - 4))
    }

    /// Each paragraph wrapped, its leading spaces kept as an indent; an empty one is a blank line.
    static func wrapped(_ paragraphs: [String], width: Int) -> [String] {
        paragraphs.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }.flatMap { line -> [String] in
            let indent = String(line.prefix { $0 == " " })
            let text = line.dropFirst(indent.count)
            guard !text.isEmpty else { return [""] }
            // A line that fits is kept as written, with its columns.
            if CharacterWidth.of(String(line)) <= width { return [String(line)] }
            return TextLayout.wrap(String(text), width: max(1, width - indent.count)).map { indent + $0 }
        }
    }

    /// Shows the page until q, Escape or Enter (or any key but the scrolling ones).
    public static func show(title: String, paragraphs: [String], footer: String = "Any key: back", on terminal: Terminal,
                            signals: SessionSignals) {
        var offset = 0
        while signals.stop() == 0 {
            if signals.takeSuspendRequest() { terminal.suspend() }
            let size = terminal.size
            // Clamped to the text, so scrolling back up after the end answers at once.
            offset = min(offset, lastOffset(paragraphs, width: size.width, height: size.height))
            terminal.draw(render(title: title, paragraphs: paragraphs, offset: offset, footer: footer, width: size.width, height: size.height,
                                 glyphs: terminal.glyphs))
            switch terminal.readKey(timeoutMilliseconds: 1000) {
            case .up?, .character("k")?: offset = max(0, offset - 1)
            case .down?, .character("j")?: offset += 1
            case .character(" ")?: offset += max(1, size.height - 5)
            case nil, .resize?: break
            default: return
            }
        }
    }
}
