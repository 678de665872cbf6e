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
    /// How long a write may wait for the store before the session stops: a countdown that goes
    /// on while nothing can be logged would lose every set.
    let writeBudgetNanoseconds: Int64
    /// Says the cues aloud (`--voice`); nil for a silent session.
    let speaker: (any Speaker)?
    /// What the patient should know before starting (a gentle day and why), shown with the first question.
    let notices: [String]

    public init(store: any LogStore, routines: [Routine], display: SessionDisplay, crackAdvice: CrackWarning?,
                wallClock: WallClock, clock: any MonotonicClock, signals: SessionSignals,
                writeBudgetSeconds: Double = 10, speaker: (any Speaker)? = nil, notices: [String] = []) {
        self.speaker = speaker
        self.notices = notices
        self.store = store
        self.routines = routines
        self.display = display
        self.crackAdvice = crackAdvice
        self.wallClock = wallClock
        self.clock = clock
        self.signals = signals
        writeBudgetNanoseconds = Int64(writeBudgetSeconds * 1e9)
    }

    /// How the session ended, for the shell once the screen is given back.
    public struct Ending {
        /// The process's exit status: 0, 128 + the signal that stopped it, or 1 after `error`.
        public var exitStatus: Int32
        /// The line to print after the full screen is closed (plain mode has said it already).
        public var farewell: String?
        /// What went wrong with the log, to report after the farewell.
        public var error: (any Error)?
    }

    /// A write to the log failed: the session stopped there.
    public struct LogFailure: Error, CustomStringConvertible {
        public let underlying: any Error
        public var description: String {
            "\(underlying) The session stopped there: the sets finished before it are in the log, the one that failed is not."
        }
    }

    private var stopping: Bool { signals.stop() != 0 }

    /// Plays the session.
    public func run() throws -> Ending {
        let cutShort = try store.interruptUnfinishedSessions().map {
            "Your session of \($0.day) was cut short; what you did then is kept."
        } + notices
        if case .lines(let lines) = display { cutShort.forEach(lines.write) }
        // The day is the one the session starts on, however long it runs.
        let plan = SessionPlan(routines: routines)
        let session = SessionRecord(beginning: plan, day: wallClock.today(), startedAt: wallClock.now())
        let sessionID = session.id
        // From here on every write queues behind the screen, the session's own first: the first
        // question is on the screen before its row reaches the disk, and a log that fails or is
        // locked stops the session as any later write would.
        let writer = QueuedLogWriter(store: store)
        writer.enqueue { try $0.begin(session, plan: plan) }
        let logger = StepLogger(writer: writer, sessionID: sessionID, clock: wallClock)

        // On the full screen, the first question also says what happened to a session cut short.
        let before = ask(.painBefore, notices: cutShort, confirmingLeave: "Leave without exercising today?")
        let painBefore = before.value
        writer.enqueue { try $0.setPainBefore(painBefore, sessionID: sessionID) }
        // A signal or q at the first question ends the session there, before any step.
        let played = stopping || before == .leave ? nil : play(plan, logger: logger)
        if let failure = writer.failure {
            return failed(failure, sessionID: sessionID)
        }
        let storeStopped = isOverdue(writer)
        let outcome = storeStopped ? .interrupted : played ?? (stopping ? .interrupted : .skipped)

        // No questions after a session stopped by a signal or the store, or one in which nothing was done.
        let (painAfter, effort) = stopping || storeStopped || played == nil || played == .skipped ? (nil, nil) : askAfter()
        let endedAt = wallClock.now()
        writer.enqueue {
            try $0.finishSession(id: sessionID, status: SessionStatus(outcome), endedAt: endedAt, painAfter: painAfter, effort: effort)
        }
        let kept = finishWriting(writer)
        if let failure = writer.failure {
            return failed(failure, sessionID: sessionID)
        }
        let farewell: String? = switch (before, display, played) {
        case (.leave, _, _): "Not played today: nothing was done, and the session is logged as skipped."
        // Plain mode has said how a played session ended; the full screen is about to be cleared.
        case (_, .lines, .some): nil
        default: PlainNarration.finishedLine(outcome)
        }
        // A signal during the questions after the session counts too.
        let signalStatus: Int32 = stopping ? 128 + signals.stop() : 0
        if !kept {
            return Ending(exitStatus: stopping ? signalStatus : 1, farewell: "Session stopped.",
                          error: LogStoreError.notAnswering(path: store.location, unwritten: writer.unwritten))
        }
        if storeStopped {
            return Ending(exitStatus: stopping ? signalStatus : 1, farewell: farewell,
                          error: LogStoreError.stoppedAnswering(path: store.location, seconds: Int(writeBudgetNanoseconds / 1_000_000_000)))
        }
        return Ending(exitStatus: signalStatus, farewell: farewell, error: nil)
    }

    /// A write failed: the session is ended as interrupted if the log takes this last write, and
    /// left in progress (marked interrupted at the next start) if not.
    private func failed(_ failure: any Error, sessionID: String) -> Ending {
        try? store.finishSession(id: sessionID, status: .interrupted, endedAt: wallClock.now(), painAfter: nil, effort: nil)
        return Ending(exitStatus: 1, farewell: "Session stopped. The sets finished before the log failed are kept.",
                      error: LogFailure(underlying: failure))
    }

    /// Whether the oldest write has waited longer than its budget.
    private func isOverdue(_ writer: QueuedLogWriter) -> Bool {
        writer.oldestWait > writeBudgetNanoseconds
    }

    /// Waits for the queued writes to land. A store that does not answer at once gets a notice
    /// and as long as the patient lets it (Ctrl-C stops waiting); after a stop signal, two
    /// seconds. False when writes were given up.
    private func finishWriting(_ writer: QueuedLogWriter) -> Bool {
        if writer.finish(waitingUpTo: 500) { return true }
        show("Saving what you did: the log at \(store.location) is not answering; another program may be holding it locked. Ctrl-C stops waiting.")
        if stopping {
            if writer.finish(waitingUpTo: 2000) { return true }
        } else {
            while !stopping {
                if writer.finish(waitingUpTo: 250) { return true }
            }
        }
        writer.giveUp()
        return false
    }

    /// A line for the patient while nothing else is shown.
    private func show(_ notice: String) {
        switch display {
        case .screen(let terminal):
            let size = terminal.size
            terminal.draw(NoticeScreen.render(notice, width: size.width, height: size.height, glyphs: terminal.glyphs))
        case .lines(let lines):
            lines.write(notice)
        }
    }

    /// Pain now, then effort; `q` at the first passes over both.
    private func askAfter() -> (pain: Int?, effort: Effort?) {
        let pain = ask(.painAfter)
        guard pain != .leave else { return (nil, nil) }
        return (pain.value, ask(.effort).value.map { [Effort.tooEasy, .aboutRight, .tooHard][$0 - 1] })
    }

    /// Plays the session on the full screen or in plain lines, logging each set as it ends.
    private func play(_ plan: SessionPlan, logger: StepLogger) -> SessionOutcome {
        // A log that cannot be written (a full disk), or that has not answered within the write
        // budget, stops the session at once: playing on would lose every set after it. The
        // error is reported once the terminal is back.
        let shouldStop = { stopping || logger.writer.failure != nil || isOverdue(logger.writer) }
        let final = switch display {
        case .screen(let terminal):
            PlayerLoop(terminal: terminal, clock: clock, crackAdvice: crackAdvice, shouldStop: shouldStop,
                       takeSuspendRequest: signals.takeSuspendRequest, speaker: speaker, perform: logger.perform).run(plan)
        case .lines(let lines):
            // After a failed write, "what you did is kept" would not be true of the set that failed.
            PlainPlayer(lines: lines, clock: clock, shouldStop: shouldStop, takeSuspendRequest: signals.takeSuspendRequest,
                        voice: speaker.map(VoiceCoach.init)) {
                logger.writer.failure == nil || $0 != PlainNarration.finishedLine(.interrupted)
            }.run(plan, perform: logger.perform)
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
