import Foundation

/// The end of a 10-minute routine (1 minute with --quick) against its nominal length, with every
/// core kept busy by `yes > /dev/null`: limber --plain, its lines timestamped as they arrive on
/// a pipe, from the first line to "Session complete"; `termdown 600` on a pseudo-terminal, from
/// its first window-title update to its end bell. Both at once. Also how late each timed update
/// arrives after its whole second from the first.
func measureDrift(_ bench: Bench) throws -> [Figure] {
    let nominal = bench.quick ? 60.0 : 600.0
    let cores = ProcessInfo.processInfo.activeProcessorCount
    print("Drift: a \(Int(nominal))-s routine beside termdown, with \(cores) × yes > /dev/null...", to: &standardError)
    let burners = try (0..<cores).map { _ in try Spawn.start(["/usr/bin/yes"], environment: [:]) }
    defer {
        for burner in burners {
            burner.signal(SIGKILL)
            burner.wait()
        }
    }
    Thread.sleep(forTimeInterval: 1)
    let home = try bench.home("drift", from: bench.patient)
    let routine = bench.quick ? "bench-drift-60" : "bench-drift-600"
    // Both read at once, each on a thread of its own.
    let limberTimes = ResultBox<[Double]>()
    let termdownTimes = ResultBox<[Double]>()
    let finished = DispatchGroup()
    DispatchQueue.global().async(group: finished) {
        limberTimes.value = try? plainLineTimes([bench.limber, "start", "--plain", "--routine", routine],
                                                environment: bench.environment(home: home, routines: bench.routines))
    }
    DispatchQueue.global().async(group: finished) {
        termdownTimes.value = bench.termdown.flatMap {
            try? termdownTitleTimes([$0, String(Int(nominal))], environment: bench.environment(home: home))
        }
    }
    finished.wait()
    let limber = limberTimes.value
    let termdown = termdownTimes.value

    var end = Figure(what: "end of a \(Int(nominal / 60))-minute routine against its nominal length, all cores busy", limber: nil)
    var late = Figure(what: "same run, each timed update after its whole second: median / max (updates)", limber: nil)
    for (peer, times) in [(Peer?.none, limber), (.termdown, termdown)] {
        guard let times, times.count > 1 else { continue }
        let error = times.last! - times.first! - nominal
        let lateness = times.dropFirst().map { ($0 - times[0]) - ($0 - times[0]).rounded() }.sorted()
        let endValue = Measured(value: abs(error), text: String(format: "%+.1f ms", error * 1000))
        let lateValue = Measured(value: lateness.max()!, text: String(format: "%+.1f / %+.1f ms (%d)",
                                                                     lateness[lateness.count / 2] * 1000, lateness.max()! * 1000, lateness.count))
        if let peer { end.peers[peer] = endValue; late.peers[peer] = lateValue } else { end.limber = endValue; late.limber = lateValue }
    }
    if limber == nil { end.missing = "limber --plain did not complete" }
    return [end, late]
}

/// When each line of `start --plain` arrived, up to and including "Session complete".
func plainLineTimes(_ argv: [String], environment: [String: String]) throws -> [Double] {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { throw Spawn.Failed(description: "pipe failed") }
    let child = try Spawn.start(argv, environment: environment, output: fds[1])
    close(fds[1])
    defer { close(fds[0]) }
    var times: [Double] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    var complete = false
    var pending: [UInt8] = []
    while !complete {
        let count = read(fds[0], &buffer, buffer.count)
        guard count > 0 else { break }
        let now = monotonicSeconds()
        pending += buffer[..<count]
        while let newline = pending.firstIndex(of: 10) {
            let line = String(decoding: pending[..<newline], as: UTF8.self)
            pending.removeSubrange(...newline)
            times.append(now)
            complete = complete || line.hasPrefix("Session complete")
        }
    }
    child.wait()
    guard complete else { throw Spawn.Failed(description: "no 'Session complete' line") }
    return times
}

/// When termdown set its window title (ESC ] 2 ; TEXT BEL), up to its end bell (a BEL outside
/// a title).
func termdownTitleTimes(_ argv: [String], environment: [String: String]) throws -> [Double] {
    let terminal = try Pseudoterminal()
    let child = try terminal.start(argv, environment: environment)
    defer {
        child.signal(SIGKILL)
        child.wait()
    }
    var titles: [Double] = []
    var inTitle = false
    var escape = false
    while let chunk = terminal.read(timeout: 60), !chunk.isEmpty {
        let now = monotonicSeconds()
        for byte in chunk {
            if inTitle {
                if byte == 0x07 || (escape && byte == 0x5C) {
                    inTitle = false
                    titles.append(now)
                }
                escape = byte == 0x1B
            } else if escape && byte == 0x5D {
                inTitle = true
                escape = false
            } else {
                if byte == 0x07, !titles.isEmpty {
                    return titles + [now]
                }
                escape = byte == 0x1B
            }
        }
    }
    throw Spawn.Failed(description: "termdown's end bell was not seen")
}

/// A value one thread sets and another reads once the first has finished.
final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
}
