import LimberCore

/// The player's screen, a pure function of the session state and the time.
public enum PlayerScreen {
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    /// `crackAdvice` is the clinic's advice shown when the patient reports cracking their back;
    /// `glyphs` what the terminal can show (see Glyphs).
    public static func render(
        _ state: SessionState, at now: MonotonicInstant, width: Int, height: Int, crackAdvice: CrackWarning? = nil,
        glyphs: Glyphs = .unicode
    ) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height, glyphs: glyphs)
        let ellipsis = glyphs.ellipsis
        guard width >= minimumWidth, height >= minimumHeight else {
            drawTooSmall(&buffer)
            return buffer
        }
        switch state.overlay {
        case .help?:
            drawHelp(&buffer)
            return buffer
        case .crackAdvice?:
            drawCrackAdvice(crackAdvice, &buffer)
            return buffer
        case .confirmQuit?, .sharpPain?, nil:
            break
        }
        guard let segment = state.segment, !state.isFinished else {
            drawFinished(state, &buffer)
            return buffer
        }
        let model = PlayerModel(state: state, segment: segment, now: now)
        var layout = Layout(fitting: buffer)
        layout.line(TextLayout.truncate(model.routineLine, width: layout.inner, ellipsis: ellipsis), style: .bold)
        layout.line(TextLayout.truncate(model.stepLine, width: layout.inner, ellipsis: ellipsis), style: .dim)
        let large = height >= 20
        if large {
            layout.skip()
            for row in BigDigits.rows(DurationText.clock(model.remaining)) {
                layout.centered(row, style: .accent)
            }
            layout.skip()
            layout.centered(model.phaseWord.uppercased(), style: .bold)
        } else {
            layout.centered("\(model.phaseWord.uppercased())  \(DurationText.clock(model.remaining))", style: .bold)
        }
        layout.centered(model.counters, style: .plain)
        if large { layout.skip() }
        for line in TextLayout.wrap(model.cue, width: layout.inner, maxLines: large ? 3 : 2, ellipsis: ellipsis) {
            layout.line(line)
        }
        if let pacer = model.pacer {
            if large { layout.skip() }
            layout.centered(pacer, style: .accent)
        }
        layout.moveTo(row: height - (large ? 6 : 4))
        layout.line(bar("Step", model.stepFraction, model.stepClock, inner: layout.inner))
        layout.line(bar("Session", model.sessionFraction, model.sessionClock, inner: layout.inner))
        if large { layout.skip() }
        layout.line(TextLayout.truncate(model.nextLine, width: layout.inner, ellipsis: ellipsis), style: .dim)
        layout.moveTo(row: height - 1)
        layout.line(TextLayout.truncate(statusLine(state, width: layout.inner), width: layout.inner, ellipsis: ellipsis),
                    style: state.isPaused ? .warning : .dim)
        return layout.buffer
    }

    static func bar(_ label: String, _ fraction: Double, _ clock: String, inner: Int) -> String {
        let labelWidth = 8
        let barWidth = max(4, inner - labelWidth - clock.count - 2)
        return CharacterWidth.padded(TextLayout.truncate(label, width: labelWidth - 1), to: labelWidth)
            + TextLayout.bar(fraction, width: barWidth) + "  " + clock
    }

    /// The bottom line: the keys, or what the patient is being asked.
    static func statusLine(_ state: SessionState, width: Int) -> String {
        if state.overlay == .confirmQuit {
            return "End the session now? What you did is kept.  y: end  n: go on"
        }
        if state.overlay == .sharpPain {
            return "Pain logged, step stopped. End the session now?  y: end  n: go on"
        }
        if state.isPaused {
            return "Paused. Press space to go on, q to end."
        }
        let keys = PlayerKeys.bindings.map { binding in
            let word = shortDescription(binding)
            return "\(binding.label) \(word)" + (word == "bell" ? (state.bellOn ? " on" : " off") : "")
        }
        let full = keys.joined(separator: "  ")
        return CharacterWidth.of(full) <= width ? full : "space pause  ← → move  q quit  ? help"
    }

    private static func shortDescription(_ binding: PlayerKeys.Binding) -> String {
        binding.word ?? String(binding.description.split(separator: " ").first ?? "")
    }

    /// The screen saying the terminal is too small, when it is below the smallest size every
    /// screen is drawn for; nil when it is big enough.
    static func tooSmall(width: Int, height: Int, glyphs: Glyphs) -> CellBuffer? {
        guard width < minimumWidth || height < minimumHeight else { return nil }
        var buffer = CellBuffer(width: width, height: height, glyphs: glyphs)
        drawTooSmall(&buffer)
        return buffer
    }

    static func drawTooSmall(_ buffer: inout CellBuffer) {
        let lines = TextLayout.wrap(
            "Terminal too small. Make it at least \(minimumWidth)x\(minimumHeight); now \(buffer.width)x\(buffer.height).",
            width: max(1, buffer.width))
        let top = max(0, (buffer.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            buffer.center(line, y: top + offset, style: .warning)
        }
    }

    static func drawHelp(_ buffer: inout CellBuffer) {
        var layout = Layout(buffer: buffer, margin: 2)
        layout.line("Keys", style: .bold)
        layout.skip()
        for binding in PlayerKeys.bindings {
            layout.line(CharacterWidth.padded(binding.label, to: 8) + binding.description)
        }
        layout.skip()
        layout.line("Press any key to go back.", style: .dim)
        buffer = layout.buffer
    }

    /// The clinic's advice after a crack is logged, fitted to the screen: the reassurance, then the
    /// safer routines, then as many of the clinic's reasons as fit, whole; the way on is always shown.
    static func drawCrackAdvice(_ warning: CrackWarning?, _ buffer: inout CellBuffer) {
        var layout = Layout(fitting: buffer)
        let inner = layout.inner
        let header = TextLayout.wrap("Logged: you cracked your back. The session is paused.", width: inner)
        // What is left above the closing line and the blank before it.
        var room = buffer.height - header.count - 2
        /// The lines of `text` when they fit, with the blank before them, in what is left; else none.
        func fitting(_ text: String?) -> [String] {
            let lines = text.map { TextLayout.wrap($0, width: inner) } ?? []
            guard !lines.isEmpty, lines.count + 1 <= room else { return [] }
            room -= lines.count + 1
            return lines
        }
        // The reassurance and when to seek advice come first: they matter most just after a crack.
        let afterward = fitting(warning?.afterward)
        let alternatives = fitting(warning?.alternativesSentence)
        let heading = warning.map { TextLayout.wrap($0.heading, width: inner) } ?? []
        room -= heading.count + 1
        var reasons: [String] = []
        for reason in warning?.reasons ?? [] {
            let lines = TextLayout.wrap(reason, width: inner - 2).enumerated().map { ($0 == 0 ? "- " : "  ") + $1 }
            guard lines.count <= room else { break }
            reasons += lines
            room -= lines.count
        }

        for line in header { layout.line(line, style: .bold) }
        if !afterward.isEmpty {
            layout.skip()
            for line in afterward { layout.line(line) }
        }
        if !reasons.isEmpty {
            layout.skip()
            for line in heading + reasons { layout.line(line) }
        }
        if !alternatives.isEmpty {
            layout.skip()
            for line in alternatives { layout.line(line, style: .accent) }
        }
        layout.moveTo(row: buffer.height - 1)
        layout.line("Press any key to go on.", style: .dim)
        buffer = layout.buffer
    }

    static func drawFinished(_ state: SessionState, _ buffer: inout CellBuffer) {
        let message =
            switch state.clock {
            case .finished(.completed): "Session complete. Well done."
            case .finished(.interrupted): "Session stopped. What you did is kept."
            default: "Session ended. What you did is kept."
            }
        buffer.center(message, y: buffer.height / 2, style: .bold)
    }
}

/// Rows written top to bottom inside a margin.
struct Layout {
    var buffer: CellBuffer
    let margin: Int
    private var row = 0

    init(buffer: CellBuffer, margin: Int) {
        self.buffer = buffer
        self.margin = margin
    }

    /// The margin that suits the buffer's width: two columns, one on a narrow screen.
    init(fitting buffer: CellBuffer) {
        self.init(buffer: buffer, margin: buffer.width >= 60 ? 2 : 1)
    }

    var inner: Int { buffer.width - 2 * margin }

    mutating func line(_ text: String, style: CellBuffer.Style = .plain) {
        buffer.write(text, x: margin, y: row, style: style)
        row += 1
    }

    mutating func centered(_ text: String, style: CellBuffer.Style) {
        buffer.center(text, y: row, style: style)
        row += 1
    }

    mutating func skip() { row += 1 }

    /// Jumps down to `row`, never up over what is already drawn.
    mutating func moveTo(row target: Int) { row = max(row, target) }
}
