import LimberCore

/// The home screen on a terminal: shows the view, and asks whatever a key needs (a pain
/// score, an activity and its minutes) before handing the patient's choice to the shell,
/// which does it and shows the home screen again.
public struct HomeLoop {
    let terminal: Terminal
    let signals: SessionSignals

    public init(terminal: Terminal, signals: SessionSignals) {
        self.terminal = terminal
        self.signals = signals
    }

    public enum Action: Sendable, Equatable {
        case start
        case log(LogRequest)
        case history
        /// q, or a signal to stop.
        case quit
    }

    /// Something to write to the log, with the answers it needed.
    public enum LogRequest: Sendable, Equatable {
        case pain(Int)
        case stiffness(minutes: Int)
        case activity(ActivityKind, minutes: Int)
        case crack
        case flare
    }

    /// Shows `view` until the patient chooses something for the shell to do.
    public func next(_ view: HomeView) -> Action {
        var view = view
        while signals.stop() == 0 {
            if signals.takeSuspendRequest() { terminal.suspend() }
            let size = terminal.size
            terminal.draw(HomeScreen.render(view, width: size.width, height: size.height, glyphs: terminal.glyphs))
            guard let key = terminal.readKey(timeoutMilliseconds: 1000), let command = HomeKeys.command(for: key) else { continue }
            view.notice = nil
            switch command {
            case .start:
                if view.stopAdvice == nil { return .start }
                view.notice = "No session until a professional has seen you: see the advice above."
            case .logPain:
                if let pain = ask(.painNow) { return .log(.pain(pain)) }
            case .logStiffness:
                if let minutes = ask(.stiffnessMinutes) { return .log(.stiffness(minutes: minutes)) }
            case .logActivity:
                let kinds = ActivityKind.allCases
                let list = ChoiceList(title: "Log an activity", intro: "What did you do?",
                                      items: kinds.map { ChoiceList.Item(label: $0.rawValue) }, multiple: false)
                if case .chosen(let picked) = ChoiceListScreen.ask(list, on: terminal, signals: signals), let index = picked.first,
                    let minutes = ask(.activityMinutes(kinds[index])) {
                    return .log(.activity(kinds[index], minutes: minutes))
                }
            case .logCrack:
                return .log(.crack)
            case .logFlare:
                return .log(.flare)
            case .history:
                return .history
            case .help:
                TextPage.show(title: "Keys on the home screen", paragraphs: HomeKeys.helpLines, on: terminal, signals: signals)
            case .quit:
                return .quit
            }
        }
        return .quit
    }

    /// The answer, or nil when passed over or left.
    private func ask(_ question: Question) -> Int? {
        QuestionPrompt.ask(question, on: terminal, signals: signals).value
    }
}
