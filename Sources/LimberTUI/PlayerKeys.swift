import LimberCore

/// The player's keys in one table: it dispatches key presses and draws the help, so the two
/// cannot disagree.
public enum PlayerKeys {
    public struct Binding: Sendable {
        public var keys: [Key]
        public var label: String
        public var description: String
        let event: @Sendable (MonotonicInstant) -> SessionEvent
    }

    public static let bindings: [Binding] = [
        Binding(keys: [.character(" ")], label: "space", description: "pause / go on", event: { .togglePause($0) }),
        Binding(keys: [.right, .character("n")], label: "→ n", description: "skip to the next set", event: { .skip($0) }),
        Binding(keys: [.left, .character("p")], label: "← p", description: "back to the start of this set", event: { .back($0) }),
        Binding(keys: [.character("c")], label: "c", description: "cracked my back: log it", event: { .reportCrack($0) }),
        Binding(keys: [.character("b")], label: "b", description: "bell on / off", event: { _ in .toggleBell }),
        Binding(keys: [.character("?")], label: "?", description: "help", event: { .toggleHelp($0) }),
        Binding(keys: [.character("q")], label: "q", description: "quit (asks first)", event: { .requestQuit($0) }),
    ]

    /// The event a key means in the current state, if any.
    public static func event(for key: Key, in state: SessionState, at now: MonotonicInstant) -> SessionEvent? {
        if state.isConfirmingQuit {
            switch key {
            case .character("y"), .character("Y"), .character("q"), .enter: return .confirmQuit(now)
            case .character("n"), .character("N"), .escape: return .cancelQuit(now)
            default: return nil
            }
        }
        if state.isShowingCrackAdvice {
            return .dismissCrackAdvice(now)
        }
        if state.isShowingHelp {
            // Any key closes the help; only its own key does anything else.
            return .toggleHelp(now)
        }
        return bindings.first { $0.keys.contains(key) }?.event(now)
    }
}
