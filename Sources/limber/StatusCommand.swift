import ArgumentParser
import Foundation
import LimberCore
import LimberTUI

/// `limber status`: one short line about today for a tmux status bar or a shell prompt. Called
/// every few seconds, so it reads as little as it can and never writes, locks or migrates.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Print one short line about today, for a tmux status bar or a shell prompt.",
        discussion: "Prints nothing when there is no log yet. Placeholders for --format: "
            + StatusFormat.placeholders.map { "%\($0.code): \($0.meaning)" }.joined(separator: "; ") + ".")

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("The line to print, with placeholders such as %m and %s (see above).", valueName: "format"))
    var format: String?
    @Flag(help: "Print today's status as JSON.") var json = false

    var request: StatusRequest { StatusRequest(global: global.settings, format: format, json: json) }

    func validate() throws {
        try request.validate()
    }

    func run() throws {
        try request.run()
    }
}

/// What `status` was asked for, as plain values (see `GlobalSettings`), and printing it.
struct StatusRequest {
    var global: GlobalSettings
    var format: String?
    var json: Bool

    func validate() throws {
        if json, format != nil { throw ValidationError("--format and --json cannot be given together.") }
        do {
            _ = try format.map(StatusFormat.init)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        // No log yet: nothing to say, and nothing is made.
        let read = try global.readingDay { log in
            try StatusLine.read(log, on: try global.clock().today()) {
                LibraryLoader.safetyCatalog(builtIn: try BuiltInLibrary.locate())
            }
        }
        guard let status = read else { return }
        if json {
            try JSONOutput.print(StatusJSON(status: status))
            return
        }
        let ascii = Glyphs.ofLocale() == .ascii
        print(try format.map { status.text(try StatusFormat($0), ascii: ascii) } ?? status.text(ascii: ascii))
    }
}

/// `status --json` (docs/interface.md).
struct StatusJSON: Encodable {
    var status: StatusLine

    enum CodingKeys: String, CodingKey { case date, minutes, done, streak, stop, kind, text }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status.day, forKey: .date)
        try container.encode(status.minutes, forKey: .minutes)
        try container.encode(status.done, forKey: .done)
        try container.encode(status.streak, forKey: .streak)
        try container.encode(status.stop, forKey: .stop)
        try container.encode(status.kind.rawValue, forKey: .kind)
        try container.encode(status.text(ascii: false), forKey: .text)
    }
}
