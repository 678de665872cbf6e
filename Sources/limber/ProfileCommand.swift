import ArgumentParser
import Foundation
import LimberCore

/// `limber profile show|set`: the patient's prescription, every change kept with its day.
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Show or change the patient's prescription (every change is kept with its date).",
        subcommands: [Show.self, Set.self]
    )
}

extension ProfileCommand {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the prescription in force.")

        @OptionGroup var global: GlobalOptions
        @Flag(help: "Print the profile and its history as JSON.")
        var json = false

        func run() throws {
            let history = try global.settings.logForReading()?.profileHistory() ?? ProfileHistory([])
            if json {
                try JSONOutput.print(ProfileJSON(current: history.current, history: history.changes))
                return
            }
            guard let profile = history.current else {
                print(ProfileText.howToSet)
                return
            }
            let library = try global.settings.libraryReportingSkips()
            ProfileText.lines(profile, history: history, library: library).forEach { print($0) }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Change the prescription; what is not given stays as it was.",
            discussion: "Issues come from issues.yaml and conditions from conditions.yaml ('limber routines list' "
                + "names the library). Days: mon, tue, wed, thu, fri, sat, sun.")

        @OptionGroup var global: GlobalOptions
        @Option(help: "The patient's name.") var name: String?
        @Option(help: ArgumentHelp("Flag an issue (repeatable).", valueName: "issue")) var flag: [String] = []
        @Option(help: ArgumentHelp("Remove a flagged issue (repeatable).", valueName: "issue")) var unflag: [String] = []
        @Option(help: ArgumentHelp("Add a condition (repeatable).", valueName: "condition")) var condition: [String] = []
        @Option(name: .customLong("no-condition"), help: ArgumentHelp("Remove a condition (repeatable).", valueName: "condition"))
        var noCondition: [String] = []
        @Option(help: ArgumentHelp("The weaker side: left or right.", valueName: "side")) var weakerSide: Side?
        @Flag(name: .customLong("no-weaker-side"), help: "Neither side is weaker.") var noWeakerSide = false
        @Option(help: "Minutes a day, 5 to 90 (default 15).") var minutes: Int?
        @Option(help: ArgumentHelp("Equipment the patient has (repeatable).", valueName: "item")) var equipment: [String] = []
        @Option(name: .customLong("no-equipment"), help: ArgumentHelp("Equipment no longer there (repeatable).", valueName: "item"))
        var noEquipment: [String] = []
        @Option(help: ArgumentHelp("A rest day (repeatable).", valueName: "day")) var restDay: [String] = []
        @Option(name: .customLong("no-rest-day"), help: ArgumentHelp("No longer a rest day (repeatable).", valueName: "day"))
        var noRestDay: [String] = []
        @Flag(inversion: .prefixedNo, help: "Speak the cues in every session, as 'start --voice' does (needs espeak-ng), or no longer.")
        var voice: Bool?

        var edit: ProfileEdit {
            var edit = ProfileEdit()
            edit.name = name
            edit.flag = flag
            edit.unflag = unflag
            edit.addConditions = condition
            edit.removeConditions = noCondition
            edit.weakerSide = weakerSide
            edit.clearWeakerSide = noWeakerSide
            edit.minutes = minutes
            edit.addEquipment = equipment
            edit.removeEquipment = noEquipment
            edit.addRestDays = restDay
            edit.removeRestDays = noRestDay
            edit.voice = voice
            return edit
        }

        func validate() throws {
            if edit.changesNothing { throw ValidationError("Nothing to change: give at least one option.") }
            if weakerSide != nil && noWeakerSide { throw ValidationError("--weaker-side and --no-weaker-side contradict each other.") }
        }

        func run() throws {
            let library = try global.settings.libraryReportingSkips()
            if let problem = edit.problem(in: library) {
                // Found only once the library is loaded, yet a usage error like the others: this
                // command's usage follows it, not the root's.
                StandardError.print("""
                    Error: \(problem)
                    Usage: limber profile set <options>
                      See 'limber profile set --help' for more information.
                    """)
                throw ExitCode.validationFailure
            }
            let clock = try global.settings.clock()
            let store = try global.settings.logForWriting()
            let profile = edit.applied(to: try store.profile(), day: clock.today(), at: clock.now())
            try store.saveProfile(profile)
            print("Profile saved for \(profile.day).")
            ProfileText.lines(profile, history: try store.profileHistory(), library: library).forEach { print($0) }
        }
    }
}

extension Side: ExpressibleByArgument {}

/// `profile show --json`: the profile in force (null before one is set) and every change.
struct ProfileJSON: Encodable {
    var current: Profile?
    var history: [Profile]

    enum CodingKeys: String, CodingKey { case profile, history, minutes, voice }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(current, forKey: .profile)
        try container.encode(current?.minutes ?? Profile.defaultMinutes, forKey: .minutes)
        try container.encode(history, forKey: .history)
        try container.encode(current?.speaks ?? false, forKey: .voice)
    }
}
