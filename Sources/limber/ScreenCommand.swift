import ArgumentParser
import Foundation
import LimberCore
import LimberTUI

/// `limber screen`: the clinic's screening questions, answered on a terminal or with flags, and
/// a professional's clearance of a red flag.
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Answer the screening questions (warning signs and patterns to get checked), or record a clearance.",
        discussion: """
            On a terminal, with no options, each question is asked in turn. A warning sign (a red flag) stops \
            every session until a professional's clearance is recorded with --cleared NAME --by WHO.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Record that none of the screening questions applies today.")
    var none = false

    @Option(name: .customLong("symptom"), help: ArgumentHelp(
        "Record that this screening sign applies today (an id from safety.yaml; repeat for more).", valueName: "name"))
    var symptoms: [String] = []

    @Option(help: ArgumentHelp("A red flag a professional has seen you about, which lifts its stop.", valueName: "name"))
    var cleared: String?

    @Option(help: ArgumentHelp("Who saw you about it, with --cleared (\"Dr Lee, GP\").", valueName: "who"))
    var by: String?

    func validate() throws {
        if none && !symptoms.isEmpty {
            throw ValidationError("--none says no sign applies, --symptom that one does: give one or the other.")
        }
        if (cleared == nil) != (by == nil) {
            throw ValidationError(cleared == nil
                ? "--by goes with --cleared NAME: the red flag that was seen to."
                : "--cleared needs --by WHO: the professional who saw you.")
        }
        if cleared != nil && (none || !symptoms.isEmpty) {
            throw ValidationError("--cleared records a clearance on its own; answer the screening in a separate command.")
        }
        if let by, by.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--by needs the name of who saw you.")
        }
    }

    func run() throws {
        let library = try global.settings.libraryReportingSkips()
        let safety = library.safety
        if let cleared, let by {
            try clear(cleared, by: by, safety: safety)
            return
        }
        if let unknown = symptoms.first(where: { name in !safety.symptoms.contains { $0.id == name } }) {
            throw LimberError(
                "Unknown symptom '\(unknown)'. Choose one of: \(safety.symptoms.map(\.id).joined(separator: ", ")).")
        }
        let clock = try global.settings.clock()
        if none || !symptoms.isEmpty {
            let screening = Screening(symptoms: symptoms, at: clock.now(), in: clock.timeZone)
            try global.settings.logForWriting().record(screening)
            print(ScreeningText.confirmation(screening, safety: safety))
            return
        }
        guard StandardLineTerminal().canAnswer else {
            throw LimberError("Screening asks its questions on a terminal. Without one, use --none or --symptom NAME.")
        }
        try Self.askAndRecord(library: library, store: global.settings.logForWriting(), clock: clock)
    }

    /// Asks the screening questions in plain lines on the terminal and records the answers.
    static func askAndRecord(library: RoutineLibrary, store: any LogStore, clock: WallClock) throws {
        print("Screening questions from \(library.clinic.name). They ask about what is new or has changed.")
        switch PlainScreening.ask(library.safety.symptoms, on: StandardLineTerminal(), signals: .none) {
        case .answered(let yes):
            let screening = Screening(symptoms: yes, at: clock.now(), in: clock.timeZone)
            try store.record(screening)
            print(ScreeningText.confirmation(screening, safety: library.safety))
        case .allPassed:
            print("Every question was passed over, so nothing was recorded; Limber will ask again.")
        case .left:
            print("Screening left; nothing was recorded.")
        }
    }

    private func clear(_ name: String, by: String, safety: SafetyCatalog) throws {
        guard safety.redFlags.contains(where: { $0.id == name }) else {
            throw LimberError(
                "'\(name)' is not a red flag, so there is nothing to clear. Red flags: \(safety.redFlags.map(\.id).joined(separator: ", ")).")
        }
        let clock = try global.settings.clock()
        let store = try global.settings.logForWriting()
        let today = clock.today()
        guard let stop = try SafetyStop.read(store, on: today, safety: safety),
            stop.flags.contains(where: { $0.symptom.id == name })
        else {
            throw LimberError("Nothing to clear: no report of '\(name)' is waiting for a clearance.")
        }
        let clearance = Clearance(symptom: name, by: by, at: clock.now(), in: clock.timeZone)
        try store.record(clearance)
        print("Recorded on \(clearance.day): \(by) has seen you about \(name).")
        if let still = try SafetyStop.read(store, on: today, safety: safety) {
            print("Sessions stay stopped for: \(still.flags.map(\.symptom.id).joined(separator: ", ")).")
        } else {
            print("Sessions can start again.")
        }
    }
}
