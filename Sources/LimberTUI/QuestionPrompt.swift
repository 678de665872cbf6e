import LimberCore

/// Asks one question on the terminal; Enter alone passes over it.
public enum QuestionPrompt {
    /// `notices` are shown above the question: things the patient should know before starting.
    public static func render(_ question: Question, typed: String, invalid: Bool, notices: [String] = [],
                              width: Int, height: Int) -> CellBuffer {
        var buffer = CellBuffer(width: width, height: height)
        guard width >= PlayerScreen.minimumWidth, height >= PlayerScreen.minimumHeight else {
            PlayerScreen.drawTooSmall(&buffer)
            return buffer
        }
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
        if invalid {
            layout.skip()
            layout.line("That is not one of the answers.", style: .warning)
        }
        return layout.buffer
    }

    /// The patient's answer; passed over when `shouldStop` says the process is stopping.
    public static func ask(_ question: Question, on terminal: Terminal, notices: [String] = [],
                           shouldStop: () -> Bool) -> QuestionAnswer {
        var typed = ""
        var invalid = false
        while !shouldStop() {
            let size = terminal.size
            terminal.draw(render(question, typed: typed, invalid: invalid, notices: notices,
                                 width: size.width, height: size.height))
            switch terminal.readKey(timeoutMilliseconds: 1000) {
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
                return .leave
            case .character(let character)? where character.isNumber && typed.count < 2:
                typed.append(character)
                invalid = false
            default:
                break
            }
        }
        return .passed
    }
}
