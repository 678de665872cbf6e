import Foundation
import LimberCore
import LimberStore

/// One finished set written durably (committed with `synchronous = FULL`, the WAL synced before
/// the call returns), 200 times into a fresh log: median and 90th percentile.
func measureStepWrite(_ bench: Bench) throws -> Figure {
    let store = try AppDatabase(home: try bench.home("steps"))
    let start = Date(timeIntervalSince1970: 1_714_550_400)
    let session = try store.beginSession(day: "2024-05-01", plannedRoutines: ["cat-camel"], startedAt: start)
    var times: [Double] = []
    for index in 0..<200 {
        let step = StepResult(
            sessionID: session, routineID: "cat-camel", stepIndex: index % 8, stepName: "Hold", setNumber: 1 + index / 8,
            plannedSeconds: 30, doneSeconds: 30, status: .done, startedAt: start.addingTimeInterval(Double(index * 30)),
            endedAt: start.addingTimeInterval(Double(index * 30 + 30)))
        let started = monotonicSeconds()
        try store.recordStep(step)
        times.append(monotonicSeconds() - started)
    }
    times.sort()
    return Figure(what: "one step written durably, in process: median (90th percentile) of 200",
                  limber: Measured(value: times[100], text: String(format: "%.2f ms (%.2f)", times[100] * 1000, times[180] * 1000)))
}
