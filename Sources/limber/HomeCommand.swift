import ArgumentParser
import Foundation
import LimberCore
import LimberTUI

/// `limber` alone: the home screen. Today's plan with its reasons, the streak, the last twelve
/// weeks and the warnings; Enter plays the session and shows its summary, other keys log pain,
/// stiffness, an activity, a crack or a flare-up, or show the history. A first run sets up the
/// profile and asks the screening questions before anything else.
struct HomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "home",
        abstract: "Open the home screen: today's plan, your streak and the last 12 weeks (the default command).")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "No full screen: play today's session line by line, as 'start --plain' does.")
    var plain = false

    @Flag(help: "Say the cues of the sessions played from here aloud (needs espeak-ng).")
    var voice = false

    func run() throws {
        try HomeRequest(global: global.settings, plain: plain, voice: voice).run()
    }
}

/// What `limber` alone (or `home`) was asked for, as plain values (see `GlobalSettings`), and the
/// home screen it opens.
struct HomeRequest {
    var global: GlobalSettings
    var plain: Bool
    var voice: Bool

    func run() throws {
        if plain {
            try StartRequest(global: global, routine: nil, plain: true, voice: voice).run()
            return
        }
        let library = try global.libraryReportingSkips()
        let clock = try global.clock()
        try NcursesTerminal.checkAvailable()
        // The first view read as `status` reads the log, before it is opened to write, unless a
        // set-up or a screening comes first: GRDB is then opened by the first write, not before
        // the first frame.
        let quiet = try global.readingDay { log -> (profile: Profile?, view: HomeView?) in
            let start = try SessionLaunch.QuietStart(log, today: clock.today())
            return (start.profile, start.asksFirst ? nil : try homeView(log: log, library: library, clock: clock, notice: nil))
        }
        let store = try global.logForWriting()
        let launch = SessionLaunch(library: library, store: store, clock: clock, voice: voice, profile: try quiet?.profile ?? store.profile())
        ProcessSignals.install()
        let terminal = try NcursesTerminal()
        defer { terminal.close() }
        let signals = ProcessSignals.session

        var quietView = quiet?.view
        if quietView == nil {
            guard try launch.setUpIfFirstRun(on: terminal) else {
                terminal.close()
                try leave(signals, saying: SessionLaunch.setUpLeft)
                return
            }
            try launch.screenIfDue(on: terminal)
        }

        var notice: String?
        while true {
            let view = try quietView ?? homeView(log: store, library: library, clock: clock, notice: notice)
            quietView = nil
            notice = nil
            switch HomeLoop(terminal: terminal, signals: signals).next(view) {
            case .quit:
                terminal.close()
                try leave(signals, saying: nil)
                return
            case .start:
                // A week may have passed since the last screening while the home screen was open.
                try launch.screenIfDue(on: terminal)
                let plan = try GlobalSettings.scheduler(from: clock.today(), library: library, log: store).plan(for: clock.today())
                guard !plan.stop, !plan.playable.isEmpty else {
                    notice = plan.stop ? nil : "Today's plan has no routines to play."
                    continue
                }
                let lock = try SessionLock(home: global.homeURL)
                let ending = try launch.play(plan.playable, on: .screen(terminal),
                                             notices: plan.warnings.filter { $0.kind == "gentle" }.map(\.message))
                lock.release()
                guard ending.error == nil, ending.exitStatus == 0 else {
                    terminal.close()
                    if let farewell = ending.farewell { print(farewell) }
                    if let error = ending.error { StandardError.print("Error: \(error)") }
                    throw ExitCode(ending.exitStatus)
                }
                let summary = try launch.summary()
                TextPage.show(title: ending.farewell ?? "Session over", paragraphs: summary.isEmpty ? ["Nothing was played."] : summary,
                              footer: "Any key: home", on: terminal, signals: signals)
            case .log(let request):
                notice = try record(request, store: store, library: library, clock: clock, terminal: terminal)
            case .history:
                TextPage.show(title: "Your history, last 14 days", paragraphs: [try HistoryCommand.text(store, today: clock.today(), days: 14)],
                              on: terminal, signals: signals)
            }
        }
    }

    /// Ends the home screen: after a stop signal with its status, as a session would.
    private func leave(_ signals: SessionSignals, saying line: String?) throws {
        if let line { print(line) }
        if signals.stop() != 0 { throw ExitCode(128 + signals.stop()) }
    }

    /// What the home screen shows now.
    private func homeView(log: any PlanningLogReader, library: RoutineLibrary, clock: WallClock, notice: String?) throws -> HomeView {
        let today = clock.today()
        let scheduler = try GlobalSettings.scheduler(from: today, library: library, log: log)
        let plan = scheduler.plan(for: today)
        let weeks = AdherenceCalendar.defaultWeeks
        // The calendar's weeks, and back as far as a streak that long could reach.
        let sessions = try log.sessions(from: today.adding(days: -7 * weeks - 400), through: today)
        let active = Streak.activeDays(sessions)
        return HomeView(
            plan: plan, streak: Streak.current(on: today, active: active),
            calendar: AdherenceCalendar(today: today, sessions: sessions, profiles: try log.profileHistory(), weekCount: weeks),
            stopAdvice: plan.stop ? scheduler.safetyStop(on: today)?.advice : nil,
            doneToday: sessions.contains { $0.session.day == today && $0.session.status == .completed }, notice: notice)
    }

    /// Writes what the patient logged from the home screen; the line that confirms it.
    private func record(_ request: HomeLoop.LogRequest, store: any LogStore, library: RoutineLibrary, clock: WallClock,
                        terminal: any Terminal) throws -> String {
        let now = clock.now()
        let zone = clock.timeZone
        let report: SelfReport = switch request {
        case .pain(let level): .pain(level, at: now, in: zone)
        case .stiffness(let minutes): .stiffness(minutes: minutes, at: now, in: zone)
        case .activity(let kind, let minutes): .activity(kind, minutes: minutes, at: now, in: zone)
        case .crack: .crack(at: now, in: zone)
        case .flare: SelfReport(day: LocalDay(containing: now, in: zone), recordedAt: now, kind: .flare)
        }
        try store.record(report)
        let advice: String? = switch request {
        case .crack: CrackWarning(safety: library.safety) { library.routine(id: $0)?.name }?.text
        case .flare: GentleDay.flareAdvice(loggedOn: report.day)
        default: nil
        }
        if let advice {
            TextPage.show(title: "Logged: \(HistoryText.line(for: report))", paragraphs: advice.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                          footer: "Any key: home", on: terminal, signals: ProcessSignals.session)
        }
        return "Logged: \(HistoryText.line(for: report))."
    }
}
