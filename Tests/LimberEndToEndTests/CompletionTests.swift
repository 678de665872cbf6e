import Foundation
import Testing

/// The shell completions are generated from the command definitions, so every command and
/// option a patient can type is offered by bash, zsh and fish; this holds them to that as
/// commands are added.
struct CompletionTests {
    let limber = LimberProcess()

    /// Every command path ("log pain") and its long options, from argument-parser's own
    /// description of the commands.
    func commands() throws -> [(path: [String], options: [String])] {
        let dump = try limber.run(["--experimental-dump-help"])
        try #require(dump.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var found: [(path: [String], options: [String])] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            let name = command["commandName"] as? String ?? ""
            let here = path + [name]
            let options = (command["arguments"] as? [[String: Any]] ?? []).flatMap { argument in
                (argument["names"] as? [[String: Any]] ?? []).compactMap { name in
                    name["kind"] as? String == "long" ? name["name"] as? String : nil
                }
            }
            found.append((here, options))
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { walk(sub, here) }
        }
        walk(try #require(root["command"] as? [String: Any]), [])
        return found
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func everyCommandAndOptionIsCompleted(shell: String) throws {
        let script = try limber.run(["--generate-completion-script", shell])
        #expect(script.status == 0)
        let commands = try commands()
        #expect(commands.count >= 15, "the commands were found: \(commands.map(\.path))")
        for (path, options) in commands where path.last != "help" {
            #expect(script.stdout.contains(path.last!), "\(shell) completes '\(path.joined(separator: " "))'")
            for option in options {
                #expect(script.stdout.contains(option), "\(shell) completes '\(path.joined(separator: " ")) --\(option)'")
            }
        }
    }
}
