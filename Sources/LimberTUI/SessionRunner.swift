import Foundation
import LimberCore

/// Plays a session and logs it: the questions before and after, the player, and each finished
/// set written as it ends, so a killed session keeps everything done before it. Everything
/// outside (the log, the display, both clocks, the stop signal) is handed in, so a whole
/// session can be played in a test.
public struct SessionRunner {
    let store: any LogStore
    let routines: [Routine]
    let display: SessionDisplay
    /// What the clinic says about cracking one's own back, shown by the crack key.
    let crackAdvice: CrackWarning?
    let wallClock: WallClock
    let clock: any MonotonicClock
    /// Stop and suspend requests, polled while playing and asking.
    let signals: SessionSignals

    public init(store: any LogStore, routines: [Routine], display: SessionDisplay, crackAdvice: CrackWarning?,
                wallClock: WallClock, clock: any MonotonicClock, signals: SessionSignals) {
        self.store = store
        self.routines = routines
        self.display = display
        self.crackAdvice = crackAdvice
        self.wallClock = wallClock
        self.clock = clock
        self.signals = signals
    }

    /// How the session ended, for the shell once the screen is given back.
    public struct Ending: Equatable {
        /// The process's exit status: 0, or 128 + the signal that stopped it.
        public var exitStatus: Int32
        /// The line to print after the full screen is closed (plain mode has said it already).
        public var farewell: String?
    }

    /// A write to the log failed: the session stopped there.
    public struct LogFailure: Error, CustomStringConvertible {
        public let underlying: Error
        public var description: String {
            "\(underlying) The session stopped there: the sets finished before it are in the log, the one that failed is not."
        }
    }

    private var stopping: Bool { signals.stop() != 0 }

    /// Plays the session.
    public func run() throws -> Ending {
        let cutShort = try store.interruptUnfinishedSessions().map {
            "Your session of \($0.day) was cut short; what you did then is kept."
        }
        if case .lines(let lines) = display { cutShort.forEach(lines.write) }
        // The day is the one the session starts on, however long it runs.
        let plan = SessionPlan(routines: routines)
        let sessionID = try store.beginSession(day: wallClock.today(), plan: plan, startedAt: wallClock.now())
        let logger = StepLogger(store: store, sessionID: sessionID, clock: wallClock)

        // On the full screen, the first question also says what happened to a session cut short.
        let before = ask(.painBefore, notices: cutShort, confirmingLeave: "Leave without exercising today?")
        try store.setPainBefore(before.value, sessionID: sessionID)
        // A signal or q at the first question ends the session there, before any step.
        let played = stopping || before == .leave ? nil : try play(plan, logger: logger)
        let outcome = played ?? (stopping ? .interrupted : .skipped)

        // No questions after a session stopped by a signal, or one in which nothing was done.
        let (painAfter, effort) = stopping || played == nil || played == .skipped ? (nil, nil) : askAfter()
        try store.finishSession(
            id: sessionID, status: SessionStatus(outcome), endedAt: wallClock.now(), painAfter: painAfter, effort: effort)
        let farewell: String? = switch (before, display, played) {
        case (.leave, _, _): "Not played today: nothing was done, and the session is logged as skipped."
        // Plain mode has said how a played session ended; the full screen is about to be cleared.
        case (_, .lines, .some): nil
        default: PlainNarration.finishedLine(outcome)
        }
        // A signal during the questions after the session counts too.
        return Ending(exitStatus: stopping ? 128 + signals.stop() : 0, farewell: farewell)
    }

    /// Pain now, then effort; `q` at the first passes over both.
    private func askAfter() -> (pain: Int?, effort: Effort?) {
        let pain = ask(.painAfter)
        guard pain != .leave else { return (nil, nil) }
        return (pain.value, ask(.effort).value.map { [Effort.tooEasy, .aboutRight, .tooHard][$0 - 1] })
    }

    /// Plays the session on the full screen or in plain lines, logging each set as it ends.
    private func play(_ plan: SessionPlan, logger: StepLogger) throws -> SessionOutcome {
        // A log that cannot be written (a full disk) stops the session at once: playing on
        // would lose every set after it. The error is reported once the terminal is back.
        let shouldStop = { stopping || logger.failure != nil }
        let final = switch display {
        case .screen(let terminal):
            PlayerLoop(terminal: terminal, clock: clock, crackAdvice: crackAdvice, shouldStop: shouldStop,
                       takeSuspendRequest: signals.takeSuspendRequest, perform: logger.perform).run(plan)
        case .lines(let lines):
            // After a failed write, "what you did is kept" would not be true of the set that failed.
            PlainPlayer(lines: lines, clock: clock, shouldStop: shouldStop, takeSuspendRequest: signals.takeSuspendRequest) {
                logger.failure == nil || $0 != PlainNarration.finishedLine(.interrupted)
            }.run(plan, perform: logger.perform)
        }
        if let failure = logger.failure {
            // Ended as interrupted if the log takes this last write; left in progress (and
            // marked interrupted at the next start) if not.
            try? store.finishSession(
                id: logger.sessionID, status: .interrupted, endedAt: wallClock.now(), painAfter: nil, effort: nil)
            throw LogFailure(underlying: failure)
        }
        guard case .finished(let outcome) = final.clock else { return .interrupted }
        return outcome
    }

    /// `confirmingLeave` asks before `q` leaves, when leaving would skip the session.
    private func ask(_ question: Question, notices: [String] = [], confirmingLeave: String? = nil) -> QuestionAnswer {
        switch display {
        case .screen(let terminal):
            QuestionPrompt.ask(question, on: terminal, notices: notices, confirmingLeave: confirmingLeave, signals: signals)
        case .lines(let lines):
            PlainQuestion.ask(question, on: lines, confirmingLeave: confirmingLeave, signals: signals)
        }
    }
}
