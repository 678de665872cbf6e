import LimberCore

/// What the parser is handed. Global options may come before the command
/// (`limber --home D history`), as scripts often write them; argument-parser only reads them
/// after it, so they are moved there. A word that names no command would otherwise be
/// reported by the default command `start` as an unexpected argument, so it is named as an
/// unknown command instead, with the likely one. And a negative number would be taken for an
/// option, so it is kept with the option before it, or refused in words.
enum CommandLineOrder {
    static let globalOptions = ["--home", "--routines"]

    enum Problem: Error, CustomStringConvertible {
        case unknownCommand(String, commands: [String])
        case negativeNumber(String)

        var description: String {
            switch self {
            case .unknownCommand(let words, let commands):
                let parts = words.split(separator: " ")
                let hint = NameSuggestion.closest(to: String(parts.last ?? ""), among: commands).map { " Did you mean '\($0)'?" } ?? ""
                let help = (["limber"] + parts.dropLast()).joined(separator: " ") + " --help"
                return "Unknown command '\(words)'.\(hint) Commands: \(commands.joined(separator: ", ")). See '\(help)'."
            case .negativeNumber(let number):
                return "'\(number)' is not allowed: Limber takes no negative numbers (pain is 0 to 10, minutes 1 to 600)."
            }
        }
    }

    /// `commands` names each command with its own subcommands (none for most).
    static func arguments(_ arguments: [String], commands: [(name: String, subcommands: () -> [String])]) throws -> [String] {
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
        var tail = try keepingNegativeNumbers(Array(rest))
        // Help and the version need no data folder, and would take the options for `start`'s.
        if let word = tail.first, ["help", "-h", "--help", "--version"].contains(word) {
            return tail
        }
        if let word = tail.first, !word.hasPrefix("-") {
            let names = commands.map(\.name)
            guard let command = commands.first(where: { $0.name == word }) else {
                throw Problem.unknownCommand(word, commands: names)
            }
            if let next = tail.dropFirst().first, !next.hasPrefix("-"), next != "help" {
                let subcommands = command.subcommands()
                if !subcommands.isEmpty, !subcommands.contains(next) {
                    throw Problem.unknownCommand("\(word) \(next)", commands: subcommands)
                }
            }
        }
        // After everything, but before a `--` that ends the options.
        tail.insert(contentsOf: globals, at: tail.firstIndex(of: "--") ?? tail.endIndex)
        return tail
    }

    /// `--minutes -5` becomes `--minutes=-5`, so the command says what range it wants; a
    /// negative number on its own is refused. Words after `--` are left as they are.
    private static func keepingNegativeNumbers(_ arguments: [String]) throws -> [String] {
        var result: [String] = []
        for (index, word) in arguments.enumerated() {
            if word == "--" { return result + arguments[index...] }
            guard word.count > 1, word.hasPrefix("-"), word.dropFirst().allSatisfy(\.isNumber) else {
                result.append(word)
                continue
            }
            guard let option = result.last, option.hasPrefix("--"), !option.contains("="), option != "--" else {
                throw Problem.negativeNumber(word)
            }
            result[result.count - 1] = option + "=" + word
        }
        return result
    }
}
