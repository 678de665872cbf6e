import Foundation
import Testing
@testable import limber

/// `status`, `start` and `home` (and `limber` alone) are taken from a plain command line without argument-parser
/// (QuickCommandLine); its lists of their options must be the commands' own, or an option added
/// to a command would quietly always take the slower path.
struct QuickCommandLineTests {
    @Test(arguments: QuickCommandLine.shapes.map(\.name))
    func theQuickShapeListsEveryOptionOfItsCommand(command: String) throws {
        let shape = try #require(QuickCommandLine.shapes.first { $0.name == command })
        let dump = try LimberProcess().run([command, "--experimental-dump-help"])
        let tool = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let arguments = try #require((tool["command"] as? [String: Any])?["arguments"] as? [[String: Any]])
        var options = Set<String>(), flags = Set<String>()
        for argument in arguments {
            let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { name in
                name["kind"] as? String == "long" ? (name["name"] as? String).map { "--" + $0 } : nil
            }
            guard let name = names.first, !["--help", "--version", "--home", "--routines"].contains(name) else { continue }
            if argument["kind"] as? String == "option" { options.insert(name) } else { flags.insert(name) }
        }
        #expect(Set(shape.options) == options)
        #expect(Set(shape.flags) == flags)
    }

    @Test("limber alone, or with only the global options, is the home screen taken the quick way; anything else about it is left to argument-parser")
    func theDefaultCommandIsTakenQuickly() {
        #expect(QuickCommandLine.command([]) != nil)
        #expect(QuickCommandLine.command(["--home", NSTemporaryDirectory()]) != nil)
        #expect(QuickCommandLine.command(["--plain"]) == nil)
        #expect(QuickCommandLine.command(["--help"]) == nil)
    }
}
