import ArgumentParser
import Foundation
import LimberCore
import LimberTUI

struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Play today's session in the terminal (the default command).")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Play this one routine instead of today's session.", valueName: "id"))
    var routine: String?

    @Flag(help: "Speak line by line without the full-screen view (screen readers, pipes).")
    var plain = false

    @Flag(help: "Say each step, side, breathing phase and the last three seconds aloud (needs espeak-ng).")
    var voice = false

    var request: StartRequest { StartRequest(global: global.settings, routine: routine, plain: plain, voice: voice) }

    func run() throws {
        try request.run()
    }
}

/// What `start` was asked for, as plain values (see `GlobalSettings`), and playing it.
struct StartRequest {
    var global: GlobalSettings
    var routine: String?
    var plain: Bool
    var voice: Bool

    func run() throws {
        let library = try global.libraryReportingSkips()
        let clock = try global.clock()
        let today = clock.today()
        // A routine chosen by hand is checked against the log before it is opened to write: read
        // once, as `status` reads it (nothing when there is no log yet), for its conditions and a
        // red flag.
        var chosen: (routine: Routine, profile: Profile?, stop: SafetyStop?)?
        if let id = routine {
            guard let found = library.routine(id: id) else {
                throw LimberError("No routine has the id '\(id)'. Run 'limber routines list' to see them all.")
            }
            let read = try global.readingDay { log in
                (profile: try log.profile(), stop: try SafetyStop.read(log, on: today, safety: library.safety))
            }
            try confirmConditions(of: found, conditions: read?.profile?.conditions ?? [], library: library)
            chosen = (found, read?.profile, read?.stop)
        }
        // Today's plan read the same way, when no set-up and no screening come first (they write
        // to the log, and the plan is then made from it after them).
        let quietPlan = routine == nil ? try global.readingDay { try QuietPlan($0, today: today, library: library) } : nil
        if !plain {
            try NcursesTerminal.checkAvailable()
        }
        // Refusals above change nothing; from here the log is opened once, to plan and to write.
        let store = try global.logForWriting()
        let profile = try chosen.map(\.profile) ?? quietPlan.map(\.profile) ?? store.profile()
        let launch = SessionLaunch(library: library, store: store, clock: clock, voice: voice, profile: profile)
        // Screening before the first session and then weekly, on a terminal (DESIGN §3, §6); a
        // script or a pipe is never held up by it. In plain lines, before the stop signals are
        // taken over, so that Ctrl-C at a question ends the command.
        if plain, routine == nil, quietPlan?.scheduler == nil, StandardLineTerminal().canAnswer {
            try launch.screenIfDue(on: nil)
        }
        let lock = try SessionLock(home: global.homeURL)
        defer { lock.release() }
        // The stop signals before ncurses starts, so that ncurses leaves them to us.
        ProcessSignals.install()
        let screen = plain ? nil : try NcursesTerminal()
        defer { screen?.close() }
        // On the full screen, a first run's set-up and the screening come first.
        if let screen, routine == nil, quietPlan?.scheduler == nil {
            let setUp = try launch.setUpIfFirstRun(on: screen)
            if setUp { try launch.screenIfDue(on: screen) }
            // Ctrl-C (or another stop signal) at a question ends the command there.
            let signal = ProcessSignals.session.stop()
            if !setUp || signal != 0 {
                screen.close()
                if !setUp { print(SessionLaunch.setUpLeft) }
                if signal != 0 { throw ExitCode(128 + signal) }
                return
            }
        }
        let routines: [Routine]
        let stop: SafetyStop?
        var notices: [String] = []
        if let chosen {
            routines = [chosen.routine]
            stop = chosen.stop
        } else {
            // The plan's own stop: the scheduler has read what it rests on.
            let scheduler = try quietPlan?.scheduler ?? GlobalSettings.scheduler(from: today, library: library, log: store)
            let plan = scheduler.plan(for: today)
            routines = plan.playable
            stop = scheduler.safetyStop(on: today)
            notices = plan.warnings.filter { $0.kind == "gentle" }.map(\.message)
        }
        // A day stopped by a red flag is refused with the clinic's advice.
        if let stop {
            throw LimberError(stop.advice)
        }
        guard !routines.isEmpty else {
            throw LimberError("Today's plan has no routines to play: see 'limber today'.")
        }
        let ending = try launch.play(routines, on: screen.map { .screen($0) } ?? .lines(StandardLineTerminal()), notices: notices)
        screen?.close()
        if let farewell = ending.farewell {
            print(farewell)
        }
        if let error = ending.error {
            StandardError.print("Error: \(error)")
        } else {
            try launch.summary().forEach { print($0) }
        }
        if ending.exitStatus != 0 {
            throw ExitCode(ending.exitStatus)
        }
    }
}

extension StartRequest {
    /// What `start` reads to plan the day before the log is opened to write: the profile, and
    /// the scheduler unless a first run's set-up or a screening is due first.
    struct QuietPlan {
        let profile: Profile?
        /// Nil when the set-up or the screening comes first.
        let scheduler: Scheduler?

        init(_ log: any PlanningLogReader, today: LocalDay, library: RoutineLibrary) throws {
            let start = try SessionLaunch.QuietStart(log, today: today)
            profile = start.profile
            scheduler = start.asksFirst ? nil : try GlobalSettings.scheduler(from: today, library: library, log: log)
        }
    }

    /// A routine that avoids one of the patient's conditions plays only after a yes typed at a
    /// terminal; without one (a pipe, a script) it is refused, since nobody could answer.
    func confirmConditions(of routine: Routine, conditions: [String], library: RoutineLibrary) throws {
        let clashing = routine.avoidWith.filter(conditions.contains)
        guard !clashing.isEmpty else { return }
        let names = clashing.map { id in library.conditions.first { $0.id == id }?.name ?? id }.joined(separator: ", ")
        let warning = "\(routine.name) is not meant for someone with: \(names)."
        guard isatty(STDIN_FILENO) == 1 else {
            throw LimberError("\(warning) Limber will not start it without a terminal to ask you on.")
        }
        print("\(warning) Play it anyway? (y/n) ", terminator: "")
        guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased(), answer == "y" || answer == "yes" else {
            throw LimberError("Not started. Ask your clinician about \(routine.name).")
        }
    }
}
