import Foundation
import LimberCore
import LimberTUI

/// A session played and logged, from `start` or the home screen: one at a time per patient
/// (the caller holds the session lock), with the clinic's crack advice, spoken cues when asked, and the summary
/// after it.
struct SessionLaunch {
    let library: RoutineLibrary
    let store: any LogStore
    let clock: WallClock
    /// Says the cues aloud; nil for silent sessions.
    let speaker: EspeakSpeaker?

    /// Made before the full screen opens: a missing espeak-ng is said on the plain terminal.
    /// Cues are spoken when `voice` asks for them, or the patient's `profile` does (`profile set
    /// --voice`).
    init(library: RoutineLibrary, store: any LogStore, clock: WallClock, voice: Bool, profile: Profile?) {
        self.library = library
        self.store = store
        self.clock = clock
        let speaking = voice || profile?.speaks == true
        speaker = speaking ? EspeakSpeaker() : nil
        if speaking, speaker == nil {
            StandardError.print("\(voice ? "--voice" : "Spoken cues (profile set --voice)"): espeak-ng is not installed, so the session plays silently (Debian: apt-get install espeak-ng).")
        }
    }

    /// Plays `routines` on `display`. The caller holds the session lock, and the process's stop
    /// signals are installed.
    func play(_ routines: [Routine], on display: SessionDisplay, notices: [String] = []) throws -> SessionRunner.Ending {
        defer { speaker?.finish() }
        return try SessionRunner(
            store: store, routines: routines, display: display,
            crackAdvice: CrackWarning(safety: library.safety) { library.routine(id: $0)?.name },
            wallClock: clock, clock: SystemMonotonicClock(), signals: ProcessSignals.session, speaker: speaker, notices: notices
        ).run()
    }

    /// The summary of the session just played (the newest of today's), or none when nothing was played.
    func summary() throws -> [String] {
        let today = clock.today()
        guard let session = try store.sessions(from: today, through: today).first, !session.playedRoutines.isEmpty else {
            return []
        }
        return SessionSummary(session, streak: try Streak.current(on: today, in: store)).lines
    }

    /// The first run's set-up on the full screen, when no prescription is recorded yet. False
    /// when the patient left it: nothing is saved, and nothing should be played.
    func setUpIfFirstRun(on terminal: any Terminal) throws -> Bool {
        guard try store.profileHistory().changes.isEmpty else { return true }
        guard let edit = FirstRunSetup.ask(library: library, on: terminal, signals: ProcessSignals.session) else { return false }
        try store.saveProfile(edit.applied(to: nil, day: clock.today(), at: clock.now()))
        return true
    }

    static let setUpLeft = "Set-up left before the end: nothing was saved. Run limber again to set up."

    /// Whether the screening questions are due `today` (before the first session, then weekly).
    static func screeningIsDue(_ log: any DayLogReader, today: LocalDay) throws -> Bool {
        screeningDue(today, try log.screenings(from: today.adding(days: -Screening.intervalDays), through: today))
    }

    /// What a start reads of the log before opening it to write, as `status` reads it: the
    /// profile, and whether a first run's set-up or a screening comes first (they write to the
    /// log, so what is planned or shown is read after them, from the log opened to write).
    struct QuietStart {
        let profile: Profile?
        let asksFirst: Bool

        init(_ log: any DayLogReader, today: LocalDay) throws {
            let history = try log.profileHistory()
            profile = history.current
            asksFirst = try history.changes.isEmpty || SessionLaunch.screeningIsDue(log, today: today)
        }
    }

    /// Asks the screening questions when they are due (before the first session, then weekly).
    /// Full screen when `terminal` is given, else in plain lines.
    func screenIfDue(on terminal: (any Terminal)?) throws {
        let today = clock.today()
        guard try Self.screeningIsDue(store, today: today) else {
            return
        }
        guard let terminal else {
            try ScreenCommand.askAndRecord(library: library, store: store, clock: clock)
            return
        }
        if let marked = ScreeningList.ask(library.safety.symptoms, clinic: library.clinic.name, on: terminal, signals: ProcessSignals.session) {
            try store.record(Screening(symptoms: marked, at: clock.now(), in: clock.timeZone))
        }
    }
}
