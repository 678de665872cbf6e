import LimberCore

/// Asks one question on the terminal; Enter alone passes over it.
public enum QuestionPrompt {
    /// `notices` are shown above the question: things the patient should know before starting.
    /// `confirming` is the leave question asked after `q`, when leaving would skip the session.
    /// `refused` says why the last key did nothing; what is typed that cannot be an answer is
    /// shown and said at once, so a key is never taken or dropped unseen.
    public static func render(_ question: Question, typed: String, invalid: Bool, refused: String? = nil,
                              notices: [String] = [], confirming: String? = nil, width: Int, height: Int,
                              glyphs: Glyphs = .unicode) -> CellBuffer {
        if let small = PlayerScreen.tooSmall(width: width, height: height, glyphs: glyphs) { return small }
        let buffer = CellBuffer(width: width, height: height, glyphs: glyphs)
        var layout = Layout(buffer: buffer, margin: 2)
        let noticeLines = notices.flatMap { TextLayout.wrap($0, width: layout.inner) }
        layout.moveTo(row: max(0, height / 2 - 4 - (noticeLines.isEmpty ? 0 : noticeLines.count + 1)))
        for line in noticeLines {
            layout.line(line, style: .accent)
        }
        if !noticeLines.isEmpty { layout.skip() }
        for line in TextLayout.wrap(question.text, width: layout.inner) {
            layout.line(line, style: .bold)
        }
        layout.skip()
        layout.line("> " + typed, style: .accent)
        layout.skip()
        for line in TextLayout.wrap(question.hint, width: layout.inner) {
            layout.line(line, style: .dim)
        }
        if let confirming {
            layout.skip()
            for line in TextLayout.wrap("\(confirming)  y: leave  n: back to the question", width: layout.inner) {
                layout.line(line, style: .warning)
            }
        } else if let refused = refused ?? question.refusal(of: typed) {
            layout.skip()
            for line in TextLayout.wrap(refused, width: layout.inner) {
                layout.line(line, style: .warning)
            }
        } else if invalid {
            layout.skip()
            layout.line("That is not one of the answers.", style: .warning)
        }
        return layout.buffer
    }

    /// More than an answer needs, so a stray key shows; few enough to fit any line.
    static func longestTyped(_ question: Question) -> Int { question.digits + 2 }

    /// The patient's answer; passed over when the process is asked to stop. Ctrl-Z suspends it
    /// and the question is asked again after `fg`.
    public static func ask(_ question: Question, on terminal: Terminal, notices: [String] = [],
                           confirmingLeave: String? = nil, signals: SessionSignals) -> QuestionAnswer {
        var typed = ""
        var invalid = false
        var refused: String?
        var confirming = false
        while signals.stop() == 0 {
            if signals.takeSuspendRequest() { terminal.suspend() }
            let size = terminal.size
            terminal.draw(render(question, typed: typed, invalid: invalid, refused: refused, notices: notices,
                                 confirming: confirming ? confirmingLeave : nil, width: size.width, height: size.height,
                                 glyphs: terminal.glyphs))
            let key = terminal.readKey(timeoutMilliseconds: 1000)
            if confirming {
                // The same answers as the player's quit question; other keys wait.
                switch key.flatMap(PlayerKeys.answer) {
                case true?: return .leave
                case false?: confirming = false
                case nil: break
                }
                continue
            }
            // A timeout or a resize keeps what is shown; any key replaces the last refusal.
            if key != nil, key != .resize { refused = nil }
            switch key {
            case .enter?:
                if typed.isEmpty { return .passed }
                if let answer = question.accepts(typed) { return .answered(answer) }
                invalid = true
                typed = ""
            case .backspace?:
                if !typed.isEmpty { typed.removeLast() }
            case .escape?:
                return .passed
            case .character("q")?, .character("Q")?:
                if confirmingLeave == nil { return .leave }
                confirming = true
            case .character(let character)?:
                // Shown as typed, even a sign or a letter, so "-1" is never taken as 1.
                if typed.count < Self.longestTyped(question) { typed.append(character) }
                invalid = false
            case .left?, .right?, .up?, .down?:
                refused = "The arrow keys do nothing here: type the number, then Enter."
            case nil, .resize?:
                break
            }
        }
        return .passed
    }
}
