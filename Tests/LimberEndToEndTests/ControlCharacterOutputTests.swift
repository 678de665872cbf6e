import Foundation
import Testing

/// Control characters typed or imported never reach the terminal raw from a command: they are
/// shown as `\u{1B}` and the like on stdout and stderr, and escaped in JSON.
struct ControlCharacterOutputTests {
    let limber = LimberProcess()

    static func raw(_ text: String) -> [String] {
        text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
            .map { String($0.value, radix: 16) }
    }

    @Test func historyShowsANoteThatRetitlesTheWindowAsText() throws {
        #expect(try limber.run(["log", "pain", "3", "--note", "\u{1B}]0;x\u{7}\u{1B}[2J\r\u{8}\u{7F}\u{9B}"]).status == 0)
        let history = try limber.run(["history"])
        #expect(Self.raw(history.stdout) == [])
        #expect(history.stdout.contains(#"pain 3 ("\u{1B}]0;x\u{7}\u{1B}[2J\u{D}\u{8}\u{7F}\u{9B}")"#))
        for output in [try limber.run(["history", "--json"]).stdout, try limber.run(["export", "--out", "-"]).stdout] {
            #expect(Self.raw(output) == [])
        }
        let exported = try limber.run(["export", "--out", "-"]).stdout
        #expect(exported.contains(#""note":"\u001b]0;x\u0007\u001b[2J\r\b\u007F\u009B""#))
    }

    @Test func errorMessagesShowWhatWasTypedAsText() throws {
        let symptom = try limber.run(["log", "symptom", "numb\u{1B}[2J"])
        #expect(symptom.status == 1)
        #expect(Self.raw(symptom.stderr) == [])
        #expect(symptom.stderr.hasPrefix(#"Error: Unknown symptom 'numb\u{1B}[2J'."#))
        let activity = try limber.run(["log", "activity", "walk\u{1B}]0;x\u{7}", "--minutes", "5"])
        #expect(activity.status == 64)
        #expect(Self.raw(activity.stderr) == [])
        #expect(activity.stderr.hasPrefix(#"Error: Unknown activity 'walk\u{1B}]0;x\u{7}'."#))
        let show = try limber.run(["routines", "show", "x\u{9B}2J"])
        #expect(Self.raw(show.stderr) == [])
        #expect(show.stderr.hasPrefix(#"Error: No routine has the id 'x\u{9B}2J'."#))
    }

    @Test func aFileNameIsEchoedAsText() throws {
        #expect(try limber.run(["log", "pain", "3"]).status == 0)
        let name = "log\u{1B}]0;x\u{7}.jsonl"
        let folder = try limber.folder("names")
        let exported = try limber.run(["export", "--out", name], in: folder)
        #expect(exported.stdout == #"Exported the log to log\u{1B}]0;x\u{7}.jsonl."# + "\n")
        let imported = try LimberProcess().run(["import", name], in: folder)
        #expect(imported.stdout == #"Imported from log\u{1B}]0;x\u{7}.jsonl: 0 sessions, 0 steps, 1 self-reports."# + "\n")
    }

    @Test func aClinicRoutineThatWouldRetitleTheWindowIsRefusedAndNeverShownRaw() throws {
        let routines = limber.home.appendingPathComponent("clinic")
        try FileManager.default.createDirectory(at: routines, withIntermediateDirectories: true)
        try Data(#"""
            id: hostile
            name: "Knee rolls\e]0;pwned\a\e[2J\e[?25l"
            family: mobility
            steps:
              - {name: Roll, kind: reps, reps: 8, tempo: 4}
            """#.utf8).write(to: routines.appendingPathComponent("hostile.yaml"))
        let show = try limber.run(["routines", "show", "hostile", "--routines", routines.path])
        #expect(show.status == 1)
        #expect(Self.raw(show.stdout + show.stderr) == [])
        #expect(show.stderr.contains("No routine has the id 'hostile'."))
        let check = try limber.run(["routines", "check", routines.path])
        #expect(check.status == 1)
        #expect(check.stderrLines.first == "\(routines.path)/hostile.yaml:2:7: error: 'name' holds the control character \\u{1B}; "
            + "library text cannot hold control characters (they would reach the terminal)")
    }
}
