/// `status` (run every few seconds by a status bar), `start` and the home screen (`limber`
/// alone, or `home`; both should draw at once) taken from a plain command line without
/// argument-parser, whose parse costs about 3 ms of a 5 ms start: it builds the whole command
/// tree and reflects every option through run-time type lookups. Only a line of the command,
/// its own long options and the global ones, each at most once and with a value that is not
/// empty and does not start with a dash, is taken; anything else (help, an unknown or repeated
/// option, a negative number, a value the commands' checks refuse) returns nil, and
/// argument-parser parses it and says what is wrong, exactly as before.
enum QuickCommandLine {
    /// A command taken this way: its long options that take a value, its flags, and its work
    /// made from them (the options each hold what argument-parser would give them), checked as
    /// the command's own `validate()` checks it.
    struct Shape: Sendable {
        let name: String
        let options: [String]
        let flags: [String]
        let make: @Sendable (_ global: GlobalSettings, _ values: [String: String], _ flags: Set<String>) throws -> () throws -> Void
    }

    static let shapes = [
        Shape(name: "status", options: ["--format"], flags: ["--json"]) { global, values, flags in
            let request = StatusRequest(global: global, format: values["--format"], json: flags.contains("--json"))
            try request.validate()
            return request.run
        },
        Shape(name: "start", options: ["--routine"], flags: ["--plain", "--voice"]) { global, values, flags in
            StartRequest(global: global, routine: values["--routine"], plain: flags.contains("--plain"), voice: flags.contains("--voice")).run
        },
        // `limber` alone opens it too (the default command): a patient's every day.
        Shape(name: "home", options: [], flags: ["--plain", "--voice"]) { global, _, flags in
            HomeRequest(global: global, plain: flags.contains("--plain"), voice: flags.contains("--voice")).run
        },
    ]

    /// The work of the command `arguments` (without the program's name) ask for, checked as
    /// argument-parser checks it; nil when argument-parser should parse them.
    static func command(_ arguments: [String]) -> (() throws -> Void)? {
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
        // No command named: the default one, as argument-parser takes it.
        guard let shape = shape ?? shapes.first(where: { $0.name == HomeCommand.configuration.commandName }) else { return nil }
        let global = GlobalSettings(home: values["--home"], routines: values["--routines"])
        do {
            try global.validate()
            return try shape.make(global, values, flags)
        } catch {
            return nil
        }
    }
}
