import Foundation

/// CPU, wake-ups and memory while a hold counts down: limber on a 300-s hold (the pain question
/// passed over), `termdown 300` and `tty-clock -s` (a clock with seconds), each on its own 80x24
/// pseudo-terminal read by a thread of the benchmark, all three at once; a window of 60 s
/// (10 s with --quick) from 3 s into the hold.
func measureHoldWindow(_ bench: Bench) throws -> [Figure] {
    let window = bench.quick ? 10.0 : 60.0
    print("Idle: a \(Int(window))-s window of a hold, limber and the peers side by side...", to: &standardError)
    let home = try bench.home("hold", from: bench.patient)
    var programs: [(name: Peer?, child: Child, terminal: Pseudoterminal)] = []
    defer {
        for program in programs {
            program.child.signal(SIGTERM)
            program.child.wait()
        }
    }
    let terminal = try Pseudoterminal()
    let player = try terminal.start([bench.limber, "start", "--routine", "bench-hold"],
                                    environment: bench.environment(home: home, routines: bench.routines))
    programs.append((nil, player, terminal))
    var shown: [UInt8] = []
    guard terminal.waitFor("pain", in: &shown, timeout: 15) else { throw Spawn.Failed(description: "limber showed no pain question") }
    terminal.type("\r")
    guard terminal.waitFor("Long", in: &shown, timeout: 15) else { throw Spawn.Failed(description: "limber did not start the hold") }
    terminal.drainInBackground()
    let environment = bench.environment(home: bench.patient)
    for (peer, argv) in [(Peer.termdown, bench.termdown.map { [$0, "300"] }), (.ttyClock, bench.ttyClock.map { [$0, "-s"] })] {
        guard let argv else { continue }
        let terminal = try Pseudoterminal()
        programs.append((peer, try terminal.start(argv, environment: environment), terminal))
        terminal.drainInBackground()
    }
    Thread.sleep(forTimeInterval: 3)

    let statuses = programs.map { ProcessStatus(pid: $0.child.pid) }
    let before = statuses.map { ($0.cpuTicks, $0.cpuNanoseconds, $0.sleeps) }
    let started = monotonicSeconds()
    Thread.sleep(forTimeInterval: window)
    let elapsed = monotonicSeconds() - started
    let after = statuses.map { ($0.cpuTicks, $0.cpuNanoseconds, $0.sleeps) }
    let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))

    var figures = [
        Figure(what: "CPU in the \(Int(window))-s window, % of a core (the threads alive at its end, schedstat; utime+stime ticks)", limber: nil),
        Figure(what: "wake-ups per second in the window (voluntary context switches of the threads alive at its end)", limber: nil),
        Figure(what: "resident memory at the end of the window, VmRSS (peak VmHWM)", limber: nil),
        Figure(what: "of it anonymous (smaps_rollup Anonymous; unshared: Private_Clean + Private_Dirty)", limber: nil),
    ]
    for (index, program) in programs.enumerated() {
        let status = statuses[index]
        let wakeUps = Double(ProcessStatus.growth(from: before[index].2, to: after[index].2)) / elapsed
        let percent = Double(ProcessStatus.growth(from: before[index].1, to: after[index].1)) / 1e9 / elapsed * 100
        let ticks = after[index].0 - before[index].0
        let rss = Double(status.kilobytes("VmRSS") ?? 0) / 1024
        let peak = Double(status.kilobytes("VmHWM") ?? 0) / 1024
        let anon = Double(status.kilobytes("Anonymous", in: "smaps_rollup") ?? 0) / 1024
        let unshared = Double((status.kilobytes("Private_Clean", in: "smaps_rollup") ?? 0)
            + (status.kilobytes("Private_Dirty", in: "smaps_rollup") ?? 0)) / 1024
        let values = [
            Measured(value: percent, text: String(format: "%.3f%% (%.3f%%, %d ticks)", percent,
                                                  Double(ticks) / ticksPerSecond / elapsed * 100, ticks)),
            Measured(value: wakeUps, text: String(format: "%.1f", wakeUps)),
            Measured(value: rss, text: String(format: "%.1f MiB (%.1f)", rss, peak)),
            Measured(value: anon, text: String(format: "%.1f MiB (unshared %.1f)", anon, unshared)),
        ]
        for (figure, value) in values.enumerated() {
            if let peer = program.name { figures[figure].peers[peer] = value } else { figures[figure].limber = value }
        }
    }
    return figures
}
