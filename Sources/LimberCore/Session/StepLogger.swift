import Foundation

/// Hands the player's effects to the log writer as they happen: each finished set the moment it
/// ends, so a killed session keeps everything done before it, and a crack when it is reported.
/// The instants are read when the effect happens, not when the write lands.
public final class StepLogger {
    public let writer: QueuedLogWriter
    public let sessionID: String
    private let clock: WallClock
    private var stepStarted: Date

    public init(writer: QueuedLogWriter, sessionID: String, clock: WallClock) {
        self.writer = writer
        self.sessionID = sessionID
        self.clock = clock
        stepStarted = clock.now()
    }

    public func perform(_ effect: SessionEffect) {
        let now = clock.now()
        switch effect {
        case .crackReported:
            let crack = SelfReport.crack(at: now, in: clock.timeZone)
            writer.enqueue { try $0.record(crack) }
        case .sharpPainReported:
            let pain = SelfReport(day: LocalDay(containing: now, in: clock.timeZone), recordedAt: now, kind: .sharpPain)
            writer.enqueue { try $0.record(pain) }
        case .stepFinished(let outcome):
            let step = StepResult(
                sessionID: sessionID, routineID: outcome.routineID, stepIndex: outcome.stepIndex,
                stepName: outcome.stepName, side: outcome.side,
                setNumber: outcome.set, plannedSeconds: outcome.plannedSeconds, doneSeconds: outcome.doneSeconds,
                status: outcome.status,
                startedAt: max(stepStarted, now.addingTimeInterval(-Double(outcome.doneSeconds))), endedAt: now)
            writer.enqueue { try $0.recordStep(step) }
            stepStarted = now
        case .ringBell, .sessionFinished:
            break
        }
    }
}
