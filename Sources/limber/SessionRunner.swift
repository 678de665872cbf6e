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
        let cutShort = try store.interruptUnfinishedSessions().map {
            "Your session of \($0.day) was cut short; what you did then is kept."
        }
        let plan = SessionPlan(routines: routines)
        let terminal = plain ? nil : try NcursesTerminal()
        if terminal == nil { cutShort.forEach(say) }
        defer { terminal?.close() }
        let sessionID = try store.beginSession(
            day: LogTime.day(of: Date()), plannedRoutines: routines.map(\.id), startedAt: Date())
        let logger = StepLogger(store: store, sessionID: sessionID)

        // On the full screen, the first question also says what happened to a session cut short.
        let before = ask(.painBefore, terminal, notices: cutShort)
        try store.setPainBefore(before.value, sessionID: sessionID)
        // A signal or q at the first question ends the session there, before any step.
        let played = StopSignal.isSet || before == .leave ? nil : try play(plan, on: terminal, logger: logger)
        let outcome = played ?? (StopSignal.isSet ? .interrupted : .skipped)

        let interrupted = StopSignal.isSet
        var painAfter: Int?
        var effort: Effort?
        if !interrupted, let played, played != .skipped {
            let after = ask(.painAfter, terminal)
            painAfter = after.value
            if after != .leave {
                effort = ask(.effort, terminal).value.map { [Effort.tooEasy, .aboutRight, .tooHard][$0 - 1] }
            }
        }
        try store.finishSession(
            id: sessionID, status: SessionStatus(outcome), endedAt: Date(), painAfter: painAfter, effort: effort)
        terminal?.close()
        // Plain mode has said how a played session ended; the full screen has just been cleared.
        if terminal != nil || played == nil {
            say(PlainNarration.finishedLine(outcome))
        }
        return interrupted ? 128 + StopSignal.number : 0
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
            final = PlainPlayer(clock: SystemMonotonicClock(), write: say, shouldStop: shouldStop).run(plan) {
                logger.perform($0)
            }
        }
        if let failure = logger.failure { throw failure }
        guard case .finished(let outcome) = final.clock else { return .interrupted }
        return outcome
    }

    private func ask(_ question: Question, _ terminal: NcursesTerminal?, notices: [String] = []) -> QuestionAnswer {
        if let terminal {
            return QuestionPrompt.ask(question, on: terminal, notices: notices) { StopSignal.isSet }
        }
        // Without a terminal to answer from, questions are passed over rather than waited on.
        guard isatty(STDIN_FILENO) == 1 else { return .passed }
        while true {
            say("\(question.text) \(question.hint)")
            guard let line = readLineUnlessStopped()?.trimmingCharacters(in: .whitespaces), !line.isEmpty else {
                return .passed
            }
            if line.lowercased() == "q" { return .leave }
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
