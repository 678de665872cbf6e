import Foundation
import LimberCore
import LimberTUI

/// Plays a session and logs it: the shell around the pure player. Each finished set is written
/// as it ends, so a killed session keeps everything done before it.
struct SessionRunner {
    let store: LogStore
    let routines: [Routine]
    let plain: Bool
    /// What the clinic says about cracking one's own back, shown by the crack key.
    let crackAdvice: CrackWarning?

    /// Plays the session; returns the process exit status.
    func run() throws -> Int32 {
        StopSignal.install()
        // The terminal first: a start it refuses (an unknown TERM) must change nothing in the log.
        let terminal = plain ? nil : try NcursesTerminal()
        defer { terminal?.close() }
        let cutShort = try store.interruptUnfinishedSessions().map {
            "Your session of \($0.day) was cut short; what you did then is kept."
        }
        let plan = SessionPlan(routines: routines)
        if terminal == nil { cutShort.forEach(say) }
        let sessionID = try store.beginSession(
            day: LogTime.day(of: Date()), plannedRoutines: routines.map(\.id), startedAt: Date())
        let logger = StepLogger(store: store, sessionID: sessionID)

        // On the full screen, the first question also says what happened to a session cut short.
        let before = ask(.painBefore, terminal, notices: cutShort, confirmingLeave: "Leave without exercising today?")
        try store.setPainBefore(before.value, sessionID: sessionID)
        // A signal or q at the first question ends the session there, before any step.
        let played = StopSignal.isSet || before == .leave ? nil : try play(plan, on: terminal, logger: logger)
        let outcome = played ?? (StopSignal.isSet ? .interrupted : .skipped)

        // No questions after a session stopped by a signal, or one in which nothing was done.
        let (painAfter, effort) = StopSignal.isSet || played == nil || played == .skipped ? (nil, nil) : askAfter(terminal)
        try store.finishSession(
            id: sessionID, status: SessionStatus(outcome), endedAt: Date(), painAfter: painAfter, effort: effort)
        terminal?.close()
        // Plain mode has said how a played session ended; the full screen has just been cleared.
        if before == .leave {
            say("Not played today: nothing was done, and the session is logged as skipped.")
        } else if terminal != nil || played == nil {
            say(PlainNarration.finishedLine(outcome))
        }
        // A signal during the questions after the session counts too.
        return StopSignal.isSet ? 128 + StopSignal.number : 0
    }

    /// Pain now, then effort; `q` at the first passes over both.
    private func askAfter(_ terminal: NcursesTerminal?) -> (pain: Int?, effort: Effort?) {
        let pain = ask(.painAfter, terminal)
        guard pain != .leave else { return (nil, nil) }
        return (pain.value, ask(.effort, terminal).value.map { [Effort.tooEasy, .aboutRight, .tooHard][$0 - 1] })
    }

    /// Plays the session on the full screen or in plain lines, logging each set as it ends.
    private func play(_ plan: SessionPlan, on terminal: NcursesTerminal?, logger: StepLogger) throws -> SessionOutcome {
        // A log that cannot be written (a full disk) stops the session at once: playing on
        // would lose every set after it. The error is reported once the terminal is back.
        let shouldStop = { StopSignal.isSet || logger.failure != nil }
        let final: SessionState
        if let terminal {
            final = PlayerLoop(
                terminal: terminal, clock: SystemMonotonicClock(), crackAdvice: crackAdvice, shouldStop: shouldStop
            ) {
                logger.perform($0)
            }.run(plan)
        } else {
            // After a failed write, "what you did is kept" would not be true of the set that failed.
            let write = { (line: String) in
                if logger.failure == nil || line != PlainNarration.finishedLine(.interrupted) { say(line) }
            }
            final = PlainPlayer(clock: SystemMonotonicClock(), write: write, shouldStop: shouldStop).run(plan) {
                logger.perform($0)
            }
        }
        if let failure = logger.failure {
            // Ended as interrupted if the log takes this last write; left in progress (and
            // marked interrupted at the next start) if not.
            try? store.finishSession(id: logger.sessionID, status: .interrupted, endedAt: Date(), painAfter: nil, effort: nil)
            throw LimberError("\(failure) The session stopped there: the sets finished before it are in the log, the one that failed is not.")
        }
        guard case .finished(let outcome) = final.clock else { return .interrupted }
        return outcome
    }

    /// `confirmingLeave` asks before `q` leaves, when leaving would skip the session.
    private func ask(_ question: Question, _ terminal: NcursesTerminal?, notices: [String] = [],
                     confirmingLeave: String? = nil) -> QuestionAnswer {
        if let terminal {
            return QuestionPrompt.ask(question, on: terminal, notices: notices, confirmingLeave: confirmingLeave) {
                StopSignal.isSet
            }
        }
        // Without a terminal to answer from, questions are passed over rather than waited on.
        guard isatty(STDIN_FILENO) == 1 else { return .passed }
        while true {
            say("\(question.text) \(question.hint)")
            guard let line = readLineUnlessStopped()?.trimmingCharacters(in: .whitespaces), !line.isEmpty else {
                return .passed
            }
            if line.lowercased() == "q" {
                guard let confirmingLeave else { return .leave }
                say("\(confirmingLeave) y: leave  n: back to the question")
                if readLineUnlessStopped()?.trimmingCharacters(in: .whitespaces).lowercased() == "y" { return .leave }
                continue
            }
            if let answer = question.accepts(line) { return .answered(answer) }
            say("That is not one of the answers.")
        }
    }

    /// A line typed at the terminal, or nil once a stop signal arrives. The signal may be taken
    /// by any of the process's threads, so a blocking read would not notice it: poll instead.
    private func readLineUnlessStopped() -> String? {
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        while !StopSignal.isSet {
            if poll(&input, 1, 250) > 0 { return readLine() }
        }
        return nil
    }

    private func say(_ line: String) {
        print(line)
        fflush(nil)
    }
}

/// Writes the player's step results to the log as they happen.
final class StepLogger {
    let store: LogStore
    let sessionID: String
    private var stepStarted = Date()
    /// The first write that failed; the session stops being logged and the error is reported.
    private(set) var failure: Error?

    init(store: LogStore, sessionID: String) {
        self.store = store
        self.sessionID = sessionID
    }

    func perform(_ effect: SessionEffect) {
        guard failure == nil else { return }
        let now = Date()
        if effect == .crackReported {
            do { try store.record(.crack(at: now, note: nil)) } catch { failure = error }
            return
        }
        guard case .stepFinished(let outcome) = effect else { return }
        do {
            try store.recordStep(StepResult(
                sessionID: sessionID, routineID: outcome.routineID, stepIndex: outcome.stepIndex,
                stepName: outcome.stepName, side: outcome.side,
                setNumber: outcome.set, plannedSeconds: outcome.plannedSeconds, doneSeconds: outcome.doneSeconds,
                status: outcome.status,
                startedAt: max(stepStarted, now.addingTimeInterval(-Double(outcome.doneSeconds))), endedAt: now))
        } catch {
            failure = error
        }
        stepStarted = now
    }
}

extension SessionStatus {
    init(_ outcome: SessionOutcome) {
        switch outcome {
        case .completed: self = .completed
        case .partial: self = .partial
        case .skipped: self = .skipped
        case .interrupted: self = .interrupted
        }
    }
}
