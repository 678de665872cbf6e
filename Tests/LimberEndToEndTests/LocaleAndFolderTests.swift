import Foundation
import Testing

/// The locale decides the glyphs once, at start: under `LANG=C` the real player draws ASCII.
/// And a data or routines folder named with a stray line break or space is refused.
struct LocaleAndFolderTests {
    let limber = LimberProcess()

    @Test func underLangCThePlayerDrawsInAscii() throws {
        let routines = limber.home.appendingPathComponent("routines")
        try FileManager.default.createDirectory(at: routines, withIntermediateDirectories: true)
        try Data("""
            id: long-hold
            name: Long hold — gently
            family: stretch
            steps:
              - {name: Hold, kind: hold, seconds: 300, cue: Breathe…}
            """.utf8).write(to: routines.appendingPathComponent("long-hold.yaml"))
        let environment = ["LIMBER_HOME": limber.home.appendingPathComponent("data").path, "LIMBER_ROUTINES": routines.path,
                           "LANG": "C", "LC_ALL": "C", "XDG_CACHE_HOME": limber.cacheHome.path]
        let tmux = try TmuxSession(command: "'\(LimberProcess.binary.path)' start --routine long-hold", environment: environment)
        tmux.waitFor("How much pain")
        try tmux.send("Enter")
        let screen = tmux.waitFor("HOLD")
        #expect(screen.contains("Long hold - gently"))
        #expect(screen.contains("# #"), "the big digits, in #")
        #expect(screen.contains("Step    ---"), "the bars, in # and -")
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "nothing but ASCII:\n\(screen)")
        try tmux.send("q")
        try tmux.send("y")
        tmux.waitFor("EXIT=")
    }

    @Test(arguments: [
        (["--home", "/tmp/limber-home\n"], [:], "Error: --home '/tmp/limber-home\\u{A}' holds a line break; name the folder without it."),
        (["--home", " /tmp/limber-home"], [:], "Error: --home ' /tmp/limber-home' starts with a space; name the folder without it."),
        ([], ["LIMBER_HOME": "/tmp/limber-home "], "Error: LIMBER_HOME '/tmp/limber-home ' ends with a space; name the folder without it."),
        (["--routines", "/tmp/r\u{1B}[2J"], [:], "Error: --routines '/tmp/r\\u{1B}[2J' holds the control character \\u{1B}; name the folder without it."),
        ([], ["LIMBER_ROUTINES": "/tmp/r\r"], "Error: LIMBER_ROUTINES '/tmp/r\\u{D}' holds a line break; name the folder without it."),
    ] as [([String], [String: String], String)])
    func aFolderWithAStrayCharacterIsRefused(options: [String], environment: [String: String], message: String) throws {
        let result = try limber.run(["log", "pain", "3"] + options, environment: environment)
        #expect(result.status == 64)
        #expect(result.stderrLines.first == message)
        #expect(result.stderrLines.dropFirst().first == "Usage: limber log pain [--home <dir>] [--routines <dir>] [--note <text>] <level>")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/limber-home\n"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/limber-home "))
    }

    /// `status` and `start` skip argument-parser for a plain command line (QuickCommandLine); a
    /// folder it refuses is still refused as every other command refuses it, before anything runs.
    @Test(arguments: [["status"], ["status", "--json"], ["start", "--routine", "cat-camel"], ["start", "--plain", "--routine", "cat-camel"]])
    func theQuickCommandsRefuseAStrayCharacterToo(command: [String]) throws {
        for (options, environment, message) in [
            (["--home", "/tmp/limber-home\n"], [:], "Error: --home '/tmp/limber-home\\u{A}' holds a line break; name the folder without it."),
            (["--home= /tmp/limber-home"], [:], "Error: --home ' /tmp/limber-home' starts with a space; name the folder without it."),
            ([], ["LIMBER_HOME": "/tmp/limber-home "], "Error: LIMBER_HOME '/tmp/limber-home ' ends with a space; name the folder without it."),
            ([], ["LIMBER_NOW": "tomorrow"], "Error: LIMBER_NOW 'tomorrow' is not an ISO 8601 instant such as 2026-03-01T08:00:00Z or 2026-03-01T08:00:00+08:00."),
        ] as [([String], [String: String], String)] {
            let result = try limber.run(options + command, environment: environment)
            #expect(result.status == 64 && result.stdout.isEmpty, "\(options + command)")
            #expect(result.stderrLines.first == message)
            #expect(result.stderrLines.dropFirst().first?.hasPrefix("Usage: limber \(command[0]) [--home <dir>] [--routines <dir>]") == true)
            #expect(!FileManager.default.fileExists(atPath: "/tmp/limber-home\n"))
            #expect(!FileManager.default.fileExists(atPath: "/tmp/limber-home "))
        }
    }
}
