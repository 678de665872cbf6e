import LimberCore

/// `--plain`: the session as lines of text, waking only at second boundaries.
struct PlainPlayer {
    let lines: any LineTerminal
    let clock: MonotonicClock
    /// Polled each wake: a signal, or a log that can no longer be written.
    let shouldStop: () -> Bool
    /// Polled each wake: Ctrl-Z asked to suspend.
    let takeSuspendRequest: () -> Bool
    /// Says the cues aloud (`--voice`), when there is a voice.
    let voice: VoiceCoach?
    /// Whether to write a line (a failed write keeps "what you did is kept" from being said).
    let mayWrite: (String) -> Bool

    func run(_ plan: SessionPlan, perform: (SessionEffect) -> Void) -> SessionState {
        var state = SessionState(plan: plan)
        var previous: SessionState?
        var previousTime = clock.now()
        // The lines first, then the log writes: a line keeps time, and a durable write cannot delay it.
        func apply(_ event: SessionEvent, at now: MonotonicInstant) {
            let effects = state.reduce(event).filter { $0 != .ringBell }
            PlainNarration.lines(from: previous, at: previousTime, to: state, at: now).filter(mayWrite).forEach(lines.write)
            voice?.update(state, at: now)
            previous = state
            previousTime = now
            effects.forEach(perform)
        }
        apply(.start(previousTime), at: previousTime)
        while !state.isFinished {
            let now = clock.now()
            // No pacer frames in plain mode: a line a second at most.
            if let wake = state.nextWakeup(after: now, frameNanoseconds: 1_000_000_000) {
                lines.idle(nanoseconds: min(wake.nanoseconds(since: now), 1_000_000_000))
            }
            let woke = clock.now()
            if !shouldStop(), takeSuspendRequest() {
                // Plain mode has no keys to go on with, so it goes on by itself after `fg`; the
                // time away counts for nothing.
                apply(.suspend(woke), at: woke)
                lines.write("Paused while Limber is suspended; the session goes on when it is resumed.")
                lines.suspend()
                let back = clock.now()
                apply(.togglePause(back), at: back)
                lines.write("Going on.")
                continue
            }
            apply(shouldStop() ? .interrupt(woke) : .tick(woke), at: woke)
        }
        return state
    }
}
