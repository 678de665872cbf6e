import Foundation

/// Launch to the first frame in an 80x24 pseudo-terminal: from the spawn to the first byte of
/// output, and to the last byte of the first burst (the frame is complete once the program
/// has been quiet for 0.3 s). Every launch of limber starts from a copy of the same patient.
func measureFirstFrame(_ bench: Bench) throws -> [Figure] {
    var limber = Figure(what: "launch to first frame complete, 80x24 pty: `start --routine cat-camel` (median of \(bench.runs))", limber: nil)
    var firstByte = Figure(what: "launch to first byte of that frame (median of \(bench.runs))", limber: nil)
    var frames: [(first: Double, complete: Double)] = []
    for run in -1..<bench.runs {
        let home = try bench.home("frame", from: bench.patient)
        let frame = try firstFrame([bench.limber, "start", "--routine", "cat-camel"], environment: bench.environment(home: home),
                                   showing: "pain")
        if run >= 0 { frames.append(frame) }  // the first run warms the page cache and the library cache
    }
    limber.limber = .median(frames.map(\.complete))
    firstByte.limber = .median(frames.map(\.first))

    var plan = Figure(what: "the same for `start` (today's plan from the log, median of \(bench.runs))", limber: nil)
    var planned: [Double] = []
    for run in -1..<bench.runs {
        let home = try bench.home("frame", from: bench.patient)
        let frame = try firstFrame([bench.limber, "start"], environment: bench.environment(home: home), showing: "pain")
        if run >= 0 { planned.append(frame.complete) }
    }
    plan.limber = .median(planned)

    let environment = bench.environment(home: bench.patient)
    for (peer, argv) in [(Peer.termdown, bench.termdown.map { [$0, "90"] }), (.ttyClock, bench.ttyClock.map { [$0, "-s"] })] {
        guard let argv else { continue }
        let runs = try (-1..<bench.runs).map { _ in try firstFrame(argv, environment: environment, showing: nil) }.dropFirst()
        limber.peers[peer] = .median(runs.map(\.complete))
        firstByte.peers[peer] = .median(runs.map(\.first))
    }
    return [limber, firstByte, plan]
}

/// One launch: seconds to the first byte and to the end of the first burst. `showing`: text
/// the frame must hold (else any frame of more than 200 bytes counts).
func firstFrame(_ argv: [String], environment: [String: String], showing text: String?) throws -> (first: Double, complete: Double) {
    let terminal = try Pseudoterminal()
    let start = monotonicSeconds()
    let child = try terminal.start(argv, environment: environment)
    var output: [UInt8] = []
    var first: Double?
    var last: Double?
    while let chunk = terminal.read(timeout: last == nil ? 10 : 0.3), !chunk.isEmpty {
        last = monotonicSeconds()
        first = first ?? last
        output += chunk
    }
    child.signal(SIGTERM)
    while let chunk = terminal.read(timeout: 2), !chunk.isEmpty {}
    child.signal(SIGKILL)
    child.wait()
    let shown = String(decoding: output, as: UTF8.self)
    guard let first, let last, text.map(shown.contains) ?? (output.count > 200) else {
        throw Spawn.Failed(description: "no first frame from \(argv.joined(separator: " ")): \(shown.prefix(300).debugDescription)")
    }
    return (first - start, last - start)
}
