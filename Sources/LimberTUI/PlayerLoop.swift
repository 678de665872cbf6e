import LimberCore

/// Plays a session on a terminal: it sleeps until a key or the next visible change, turns
/// both into events for the reducer, hands effects to the shell and redraws.
public struct PlayerLoop {
    let terminal: Terminal
    let clock: MonotonicClock
    /// Polled each wake: a signal that asked the process to stop.
    let shouldStop: () -> Bool
    let perform: (SessionEffect) -> Void
    let crackAdvice: CrackWarning?

    public init(terminal: Terminal, clock: MonotonicClock, crackAdvice: CrackWarning?, shouldStop: @escaping () -> Bool,
                perform: @escaping (SessionEffect) -> Void) {
        self.terminal = terminal
        self.clock = clock
        self.crackAdvice = crackAdvice
        self.shouldStop = shouldStop
        self.perform = perform
    }

    /// Runs until the session ends; returns the final state.
    public func run(_ plan: SessionPlan) -> SessionState {
        var state = SessionState(plan: plan)
        apply(.start(clock.now()), to: &state)
        draw(state)
        while !state.isFinished {
            let now = clock.now()
            let timeout = state.nextWakeup(after: now).map {
                Int(($0.nanoseconds(since: now) + 999_999) / 1_000_000)
            }
            // Signals interrupt the wait; wake at least once a second to notice them.
            let key = terminal.readKey(timeoutMilliseconds: min(timeout ?? 1000, 1000))
            let woke = clock.now()
            if shouldStop() {
                apply(.interrupt(woke), to: &state)
                break
            }
            if let key, key != .resize, let event = PlayerKeys.event(for: key, in: state, at: woke) {
                apply(event, to: &state)
            }
            apply(.tick(woke), to: &state)
            draw(state)
        }
        return state
    }

    private func apply(_ event: SessionEvent, to state: inout SessionState) {
        for effect in state.reduce(event) {
            if effect == .ringBell {
                terminal.ringBell()
            }
            perform(effect)
        }
    }

    private func draw(_ state: SessionState) {
        let size = terminal.size
        terminal.draw(PlayerScreen.render(
            state, at: clock.now(), width: size.width, height: size.height, crackAdvice: crackAdvice))
    }
}
