import ArgumentParser

/// `status` (run every few seconds by a status bar) and `start` (which should draw at once)
/// taken from a plain command line without argument-parser, whose parse costs about 3 ms of a
/// 5 ms start: it builds the whole command tree and reflects every option through run-time
/// type lookups. Only a line of the command, its own long options and the global ones, each
/// at most once and with a value that is not empty and does not start with a dash, is taken;
/// anything else (help, an unknown or repeated option, a negative number, a value the
/// commands' checks refuse) returns nil, and argument-parser parses it and says what is wrong,
/// exactly as before.
enum QuickCommandLine {
    /// A command taken this way: its long options that take a value, its flags, and how the
    /// command is made from them (the options each hold what argument-parser would give them).
    struct Shape: Sendable {
        let name: String
        let options: [String]
        let flags: [String]
        let make: @Sendable (_ global: GlobalOptions, _ values: [String: String], _ flags: Set<String>) -> any ParsableCommand
    }

    static let shapes = [
        Shape(name: "status", options: ["--format"], flags: ["--json"]) { global, values, flags in
            var command = StatusCommand()
            command.global = global
            command.format = values["--format"]
            command.json = flags.contains("--json")
            return command
        },
        Shape(name: "start", options: ["--routine"], flags: ["--plain", "--voice"]) { global, values, flags in
            var command = StartCommand()
            command.global = global
            command.routine = values["--routine"]
            command.plain = flags.contains("--plain")
            command.voice = flags.contains("--voice")
            return command
        },
    ]

    /// The command `arguments` (without the program's name) ask for, checked as argument-parser
    /// checks it; nil when argument-parser should parse them.
    static func command(_ arguments: [String]) -> (any ParsableCommand)? {
        var shape: Shape?
        var values: [String: String] = [:]
        var flags = Set<String>()
        var words = arguments[...]
        while let word = words.popFirst() {
            guard word.hasPrefix("--") else {
                guard shape == nil, let named = shapes.first(where: { $0.name == word }) else { return nil }
                shape = named
                continue
            }
            let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            if CommandLineOrder.globalOptions.contains(name) || shape?.options.contains(name) == true {
                guard values[name] == nil, let value = parts.count == 2 ? String(parts[1]) : words.popFirst(),
                    !value.isEmpty, !value.hasPrefix("-")
                else { return nil }
                values[name] = value
            } else if parts.count == 1, shape?.flags.contains(name) == true, !flags.contains(name) {
                flags.insert(name)
            } else {
                return nil
            }
        }
        guard let shape else { return nil }
        var global = GlobalOptions()
        global.home = values["--home"]
        global.routines = values["--routines"]
        var command = shape.make(global, values, flags)
        do {
            try global.validate()
            try command.validate()
        } catch {
            return nil
        }
        return command
    }
}
