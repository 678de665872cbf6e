import LimberCore

/// Plays a session on a terminal: it sleeps until a key or the next visible change, turns
/// both into events for the reducer, hands effects to the shell and redraws.
public struct PlayerLoop {
    let terminal: Terminal
    let clock: MonotonicClock
    /// Polled each wake: a signal that asked the process to stop, or a log that failed.
    let shouldStop: () -> Bool
    /// Polled each wake: Ctrl-Z asked to suspend.
    let takeSuspendRequest: () -> Bool
    let perform: (SessionEffect) -> Void
    let crackAdvice: CrackWarning?
    /// Says the cues aloud (`--voice`), when there is a voice.
    let voice: VoiceCoach?

    public init(terminal: Terminal, clock: MonotonicClock, crackAdvice: CrackWarning?, shouldStop: @escaping () -> Bool,
                takeSuspendRequest: @escaping () -> Bool, speaker: (any Speaker)? = nil,
                perform: @escaping (SessionEffect) -> Void) {
        voice = speaker.map(VoiceCoach.init)
        self.terminal = terminal
        self.clock = clock
        self.crackAdvice = crackAdvice
        self.shouldStop = shouldStop
        self.takeSuspendRequest = takeSuspendRequest
        self.perform = perform
    }

    /// Runs until the session ends; returns the final state.
    public func run(_ plan: SessionPlan) -> SessionState {
        var state = SessionState(plan: plan)
        show(state, then: state.reduce(.start(clock.now())))
        while !state.isFinished {
            let now = clock.now()
            let timeout = state.nextWakeup(after: now).map {
                Int(($0.nanoseconds(since: now) + 999_999) / 1_000_000)
            }
            // Signals interrupt the wait; wake at least once a second to notice them.
            let key = terminal.readKey(timeoutMilliseconds: min(timeout ?? 1000, 1000))
            let woke = clock.now()
            if shouldStop() {
                state.reduce(.interrupt(woke)).forEach(perform)
                break
            }
            if takeSuspendRequest() {
                // Paused first, so the time away counts for nothing; after `fg` it shows paused.
                show(state, then: state.reduce(.suspend(woke)))
                terminal.suspend()
                draw(state)
                continue
            }
            var effects: [SessionEffect] = []
            if let key, key != .resize, let event = PlayerKeys.event(for: key, in: state, at: woke) {
                effects += state.reduce(event)
            }
            effects += state.reduce(.tick(woke))
            show(state, then: effects)
        }
        return state
    }

    /// The bell, the screen and the voice first, then the rest (the log writes): what the
    /// patient sees and hears keeps time, and a durable write cannot delay it.
    private func show(_ state: SessionState, then effects: [SessionEffect]) {
        if effects.contains(.ringBell) {
            terminal.ringBell()
        }
        draw(state)
        voice?.update(state, at: clock.now())
        effects.forEach(perform)
    }

    private func draw(_ state: SessionState) {
        let size = terminal.size
        terminal.draw(PlayerScreen.render(
            state, at: clock.now(), width: size.width, height: size.height, crackAdvice: crackAdvice,
            glyphs: terminal.glyphs))
    }
}
