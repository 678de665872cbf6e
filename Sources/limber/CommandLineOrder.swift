import LimberCore

/// What the parser is handed. Global options may come before the command
/// (`limber --home D history`), as scripts often write them; argument-parser only reads them
/// after it, so they are moved there. A word that names no command would otherwise be
/// reported by the default command `start` as an unexpected argument, so it is named as an
/// unknown command instead, with the likely one.
enum CommandLineOrder {
    static let globalOptions = ["--home", "--routines"]

    enum Problem: Error, CustomStringConvertible {
        case unknownCommand(String, commands: [String])

        var description: String {
            switch self {
            case .unknownCommand(let word, let commands):
                let hint = NameSuggestion.closest(to: word, among: commands).map { " Did you mean '\($0)'?" } ?? ""
                return "Unknown command '\(word)'.\(hint) Commands: \(commands.joined(separator: ", ")). See 'limber --help'."
            }
        }
    }

    static func arguments(_ arguments: [String], commands: [String]) throws -> [String] {
        var globals: [String] = []
        var rest = arguments[...]
        while let first = rest.first {
            if globalOptions.contains(first), rest.count >= 2 {
                globals += rest.prefix(2)
                rest = rest.dropFirst(2)
            } else if globalOptions.contains(where: { first.hasPrefix($0 + "=") }) {
                globals.append(first)
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        guard let word = rest.first, !word.hasPrefix("-") else {
            return arguments
        }
        guard commands.contains(word) || word == "help" else {
            throw Problem.unknownCommand(word, commands: commands)
        }
        // After everything, but before a `--` that ends the options.
        var tail = Array(rest)
        tail.insert(contentsOf: globals, at: tail.firstIndex(of: "--") ?? tail.endIndex)
        return tail
    }
}
