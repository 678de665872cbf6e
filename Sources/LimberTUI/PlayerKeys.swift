import LimberCore

/// The keys in one table: the player's, which dispatch key presses and draw the help, so the
/// two cannot disagree, and the answers to a yes-or-no question, the same on every screen that
/// asks one.
public enum PlayerKeys {
    public struct Binding: Sendable {
        public var keys: [Key]
        public var label: String
        public var description: String
        /// The word the key line shows; the description's first word unless set.
        public var word: String? = nil
        let event: @Sendable (MonotonicInstant) -> SessionEvent
    }

    public static let bindings: [Binding] = [
        Binding(keys: [.character(" ")], label: "space", description: "pause / go on", event: { .togglePause($0) }),
        Binding(keys: [.right, .character("n")], label: "→ n", description: "skip to the next set", event: { .skip($0) }),
        Binding(keys: [.left, .character("p")], label: "← p", description: "back to the start of this set", event: { .back($0) }),
        Binding(keys: [.character("c")], label: "c", description: "cracked my back: log it", word: "crack",
                event: { .reportCrack($0) }),
        Binding(keys: [.character("s")], label: "s", description: "sharp or travelling pain: stop this step", word: "pain",
                event: { .reportSharpPain($0) }),
        Binding(keys: [.character("b")], label: "b", description: "bell on / off", event: { _ in .toggleBell }),
        Binding(keys: [.character("?")], label: "?", description: "help", event: { .toggleHelp($0) }),
        Binding(keys: [.character("q")], label: "q", description: "quit (asks first)", event: { .requestQuit($0) }),
    ]

    /// Yes to "leave?", wherever it is asked: y, or q again (the key that asked), or Enter.
    public static let yes: [Key] = [.character("y"), .character("Y"), .character("q"), .character("Q"), .enter]
    /// No: back to where the question was asked.
    public static let no: [Key] = [.character("n"), .character("N"), .escape]

    /// True for yes, false for no, nil for a key that answers neither.
    public static func answer(_ key: Key) -> Bool? {
        yes.contains(key) ? true : no.contains(key) ? false : nil
    }

    /// The event a key means in the current state, if any.
    public static func event(for key: Key, in state: SessionState, at now: MonotonicInstant) -> SessionEvent? {
        switch state.overlay {
        case .confirmQuit?, .sharpPain?: answer(key).map { $0 ? .confirmQuit(now) : .dismissOverlay(now) }
        // Any key closes the advice or the help.
        case .crackAdvice?, .help?: .dismissOverlay(now)
        case nil: bindings.first { $0.keys.contains(key) }?.event(now)
        }
    }
}
