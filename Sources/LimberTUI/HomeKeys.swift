import LimberCore

/// The home screen's keys in one table, which both dispatches them and draws the help.
public enum HomeKeys {
    public enum Command: Sendable, Equatable {
        case start, logPain, logStiffness, logActivity, logCrack, logFlare, history, help, quit
    }

    public struct Binding: Sendable {
        public var keys: [Key]
        public var label: String
        public var description: String
        public var command: Command
    }

    public static let bindings: [Binding] = [
        Binding(keys: [.enter], label: "Enter", description: "start today's session", command: .start),
        Binding(keys: [.character("p")], label: "p", description: "log your pain now", command: .logPain),
        Binding(keys: [.character("s")], label: "s", description: "log this morning's stiffness", command: .logStiffness),
        Binding(keys: [.character("a")], label: "a", description: "log an activity: a walk, a swim, a ride", command: .logActivity),
        Binding(keys: [.character("c")], label: "c", description: "log that you cracked your back", command: .logCrack),
        Binding(keys: [.character("f")], label: "f", description: "log a flare-up: gentle sessions for a few days", command: .logFlare),
        Binding(keys: [.character("h")], label: "h", description: "your history", command: .history),
        Binding(keys: [.character("?")], label: "?", description: "these keys", command: .help),
        Binding(keys: [.character("q"), .character("Q"), .escape], label: "q", description: "quit", command: .quit),
    ]

    public static func command(for key: Key) -> Command? {
        bindings.first { $0.keys.contains(key) }?.command
    }

    /// The help page: each key and what it does.
    static var helpLines: [String] {
        bindings.map { CharacterWidth.padded($0.label, to: 8) + $0.description }
    }
}
