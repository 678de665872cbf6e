import Foundation

/// Writes the player's effects to the log as they happen: each finished set the moment it ends,
/// so a killed session keeps everything done before it, and a crack when it is reported.
public final class StepLogger {
    public let store: any LogStore
    public let sessionID: String
    private let clock: WallClock
    private var stepStarted: Date
    /// The first write that failed; after it nothing more is written, and the session stops.
    public private(set) var failure: Error?

    public init(store: any LogStore, sessionID: String, clock: WallClock) {
        self.store = store
        self.sessionID = sessionID
        self.clock = clock
        stepStarted = clock.now()
    }

    public func perform(_ effect: SessionEffect) {
        guard failure == nil else { return }
        let now = clock.now()
        do {
            switch effect {
            case .crackReported:
                try store.record(.crack(at: now, in: clock.timeZone))
            case .sharpPainReported:
                try store.record(SelfReport(
                    day: LocalDay(containing: now, in: clock.timeZone), recordedAt: now, kind: .sharpPain))
            case .stepFinished(let outcome):
                try store.recordStep(StepResult(
                    sessionID: sessionID, routineID: outcome.routineID, stepIndex: outcome.stepIndex,
                    stepName: outcome.stepName, side: outcome.side,
                    setNumber: outcome.set, plannedSeconds: outcome.plannedSeconds, doneSeconds: outcome.doneSeconds,
                    status: outcome.status,
                    startedAt: max(stepStarted, now.addingTimeInterval(-Double(outcome.doneSeconds))), endedAt: now))
                stepStarted = now
            case .ringBell, .sessionFinished:
                break
            }
        } catch {
            failure = error
        }
    }
}
