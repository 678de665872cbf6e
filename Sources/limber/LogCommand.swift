import ArgumentParser
import Foundation
import LimberCore

/// `limber log KIND`: what the patient did or felt outside a session.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Log a back crack, an activity, pain, morning stiffness, a symptom or a flare-up.",
        subcommands: [Crack.self, Activity.self, Pain.self, Stiffness.self, Symptom.self, Flare.self]
    )
}

/// The options every `log` subcommand shares.
struct LogNoteOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("A few words to keep with the entry (at most \(LogLimits.noteCharacters) characters).", valueName: "text"))
    var note: String?

    func validate() throws {
        if let note, note.count > LogLimits.noteCharacters {
            throw ValidationError("--note has \(note.count) characters; at most \(LogLimits.noteCharacters) are kept.")
        }
    }

    /// Writes the report made for now, and confirms it in one line.
    func record(saying confirmation: String, _ report: (Date, TimeZone) -> SelfReport) throws {
        let clock = try global.settings.clock()
        let report = report(clock.now(), clock.timeZone)
        try global.settings.logForWriting().record(report)
        print("Logged \(confirmation) on \(report.day).")
    }
}

extension LogCommand {
    struct Crack: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "crack",
            abstract: "Log that you cracked your own back (for instance with the footballer's stretch).")

        @OptionGroup var options: LogNoteOptions

        func run() throws {
            let library = try options.global.settings.libraryReportingSkips()
            try options.record(saying: "a back crack") { .crack(at: $0, in: $1, note: options.note) }
            if let warning = CrackWarning(safety: library.safety, routineName: { library.routine(id: $0)?.name }) {
                print("")
                print(warning.text)
            }
        }
    }

    struct Activity: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "activity",
            abstract: "Log an activity and how long it lasted.",
            discussion: "Kinds: \(ActivityKind.allCases.map(\.rawValue).joined(separator: ", ")).")

        @OptionGroup var options: LogNoteOptions
        @Argument(help: ArgumentHelp("What you did.", valueName: "kind"))
        var kind: String
        @Option(help: "How many minutes, 1 to 600.")
        var minutes: Int

        func validate() throws {
            guard ActivityKind(rawValue: kind) != nil else {
                throw ValidationError(
                    "Unknown activity '\(kind)'. Choose one of: \(ActivityKind.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            try checkMinutes(minutes)
        }

        func run() throws {
            let activity = ActivityKind(rawValue: kind)!
            try options.record(saying: "\(activity.rawValue), \(minutes) min,") {
                .activity(activity, minutes: minutes, at: $0, in: $1, note: options.note)
            }
        }
    }

    struct Pain: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "pain", abstract: "Log how much your back hurts right now.")

        @OptionGroup var options: LogNoteOptions
        @Argument(help: ArgumentHelp("0 (no pain) to 10 (worst imaginable).", valueName: "level"))
        var level: Int

        func validate() throws {
            guard LogLimits.pain.contains(level) else {
                throw ValidationError("Pain must be a whole number from 0 (none) to 10 (worst imaginable), not \(level).")
            }
        }

        func run() throws {
            try options.record(saying: "pain \(level)") { .pain(level, at: $0, in: $1, note: options.note) }
        }
    }

    struct Stiffness: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stiffness",
            abstract: "Log morning stiffness: how many minutes until it eased.")

        @OptionGroup var options: LogNoteOptions
        @Option(help: "How many minutes, 1 to 600.")
        var minutes: Int

        func validate() throws {
            try checkMinutes(minutes)
        }

        func run() throws {
            try options.record(saying: "morning stiffness of \(minutes) min") {
                .stiffness(minutes: minutes, at: $0, in: $1, note: options.note)
            }
        }
    }

    struct Symptom: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "symptom",
            abstract: "Log a symptom from the clinic's screening list, and see its advice.",
            discussion: "The names are the ids in the library's safety.yaml; an unknown name lists them.")

        @OptionGroup var options: LogNoteOptions
        @Argument(help: ArgumentHelp("The symptom's name, such as night-pain.", valueName: "name"))
        var name: String

        func run() throws {
            let library = try options.global.settings.libraryReportingSkips()
            guard let symptom = library.safety.symptoms.first(where: { $0.id == name }) else {
                throw LimberError(
                    "Unknown symptom '\(name)'. Choose one of: \(library.safety.symptoms.map(\.id).joined(separator: ", ")).")
            }
            try options.record(saying: "the symptom \(symptom.id)") { .symptom(symptom.id, at: $0, in: $1, note: options.note) }
            print(symptom.advice)
            if symptom.urgency != nil {
                print(ScreeningText.stopped)
            }
        }
    }
}

extension LogCommand {
    struct Flare: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "flare",
            abstract: "Log a flare-up: the next few sessions are gentle.")

        @OptionGroup var options: LogNoteOptions

        func run() throws {
            var day: LocalDay?
            try options.record(saying: "a flare-up") { now, zone in
                let report = SelfReport(day: LocalDay(containing: now, in: zone), recordedAt: now, kind: .flare, note: options.note)
                day = report.day
                return report
            }
            if let day { print(GentleDay.flareAdvice(loggedOn: day)) }
        }
    }
}

private func checkMinutes(_ minutes: Int) throws {
    guard LogLimits.minutes.contains(minutes) else {
        throw ValidationError("Minutes must be a whole number from 1 to 600, not \(minutes).")
    }
}
