import Foundation
import Synchronization
import LimberCore
import LimberStore
import LimberTestSupport
@testable import LimberTUI
import Testing

/// Whole sessions, questions included, played in process: the in-memory terminal types the
/// keys at set seconds, the clocks are moved by hand, and the log is read back.
struct SessionRunnerTests {
    /// Two 10-second sets with a 5-second rest: 25 s in all.
    static let hold = Routine(id: "hold", name: "Short hold", family: .stretch, steps: [
        Step(name: "Hold", kind: .hold, load: .seconds(10), sets: 2, rest: 5, cue: "Hold it gently."),
    ])
    static let perth = TimeZone(identifier: "Australia/Perth")!
    /// 23:59:50 in Perth: the session runs past midnight.
    static let lateEvening = WallClock.parse("2026-03-01T23:59:50+08:00")!

    static func run(keys: [(Double, Key)])
        throws -> (ending: SessionRunner.Ending, log: LoggedSession, reports: [SelfReport], terminal: ScriptedTerminal) {
        let clock = ManualClock()
        let terminal = ScriptedTerminal(clock: clock, keys: keys)
        let store = try AppDatabase.inMemory()
        let ending = try SessionRunner(
            store: store, routines: [hold], display: .screen(terminal),
            crackAdvice: CrackWarning(techniqueName: "Footballer's stretch", reasons: ["Relief wears off."], alternatives: []),
            wallClock: WallClock(startingAt: lateEvening, timeZone: perth, monotonic: clock), clock: clock,
            signals: .none
        ).run()
        let sessions = try store.sessions(from: "2026-01-01", through: "2026-12-31")
        #expect(sessions.count == 1)
        #expect(!terminal.ranOut, "the session asked for more keys than the script has")
        return (ending, try #require(sessions.first),
                try store.selfReports(from: "2026-01-01", through: "2026-12-31"), terminal)
    }

    @Test("a whole session: pain asked, a crack reported and read, a quit asked and confirmed, then the questions after")
    func wholeSession() throws {
        let (ending, log, reports, terminal) = try Self.run(keys: [
            (0, .character("4")), (0, .enter),          // pain before: 4
            (3, .character("c")), (5, .character("x")),  // a crack at 3 s; the advice read for 2 s (paused)
            (12, .character("q")), (13, .character("y")), // into the rest after set 1, then the quit question
            (14, .character("2")), (14, .enter),         // pain after: 2
            (15, .character("3")), (15, .enter),         // effort: too hard
        ])
        #expect(ending.exitStatus == 0 && ending.farewell == "Session ended. What you did is kept." && ending.error == nil)
        #expect(terminal.showed("How much pain do you have right now?"))
        #expect(terminal.showed("Relief wears off."))
        #expect(terminal.showed("End the session now? What you did is kept.  y: end  n: go on"))
        #expect(terminal.showed("How did the session feel?"))

        // The session started at 23:59:50 belongs to that day, though it ended after midnight.
        #expect(log.session.day == "2026-03-01")
        #expect(log.session.status == .partial)
        #expect(log.session.painBefore == 4 && log.session.painAfter == 2 && log.session.effort == .tooHard)
        // Set 1 ran its full 10 s (2 s of it paused behind the advice are not counted); set 2
        // was never reached, so only set 1 is logged.
        #expect(log.steps.map(\.setNumber) == [1])
        #expect(log.steps.map(\.status) == [.done])
        #expect(log.steps.map(\.doneSeconds) == [10])
        #expect(LocalDay(containing: try #require(log.session.endedAt), in: Self.perth) == "2026-03-02")
        #expect(reports.map(\.kind) == [.crack])
        #expect(reports.first.map { LogTime.text($0.recordedAt) } == "2026-03-01T15:59:53.000Z")
    }

    @Test("s for sharp pain stops the set, logs the pain, and y to the question ends the session")
    func sharpPain() throws {
        let (ending, log, reports, terminal) = try Self.run(keys: [
            (0, .enter),                                 // pain before: passed over
            (4, .character("s")), (6, .character("y")),  // sharp pain 4 s into set 1; end the session
            (7, .enter), (7, .enter),                    // pain after and effort: passed over
        ])
        #expect(terminal.showed("Pain logged, step stopped. End the session now?  y: end  n: go on"))
        #expect(ending.farewell == "Session ended. What you did is kept.")
        #expect(log.session.status == .partial)
        #expect(log.steps.map { "\($0.setNumber) \($0.doneSeconds) \($0.status)" } == ["1 4 partial", "2 0 skipped"])
        #expect(reports.map(\.kind) == [.sharpPain])
    }

    @Test("q at the first question, confirmed, logs the session as skipped with nothing played")
    func leaveBeforeStarting() throws {
        let (ending, log, _, terminal) = try Self.run(keys: [(1, .character("q")), (2, .character("y"))])
        #expect(ending.farewell == "Not played today: nothing was done, and the session is logged as skipped.")
        #expect(terminal.showed("Leave without exercising today? y: leave n: back to the question"))
        #expect(log.session.status == .skipped)
        #expect(log.steps.isEmpty)
    }

    @Test("a session played to the end without a key is completed, each set logged in full")
    func playedThrough() throws {
        let (ending, log, _, terminal) = try Self.run(keys: [(0, .enter), (40, .enter), (41, .enter)])
        #expect(ending.exitStatus == 0 && ending.farewell == "Session complete. Well done." && ending.error == nil)
        #expect(log.session.status == .completed)
        #expect(log.steps.map(\.doneSeconds) == [10, 10])
        #expect(log.session.painBefore == nil && log.session.painAfter == nil)
        #expect(terminal.bells > 0)
    }

    @Test("the wall clock jumping during a session changes nothing: its times follow the monotonic clock from its start")
    func wallClockJump() throws {
        // The session's wall clock starts at 23:59:50 on 1 March 2026 and the monotonic clock moves
        // only as the session plays; the machine's own clock (`Date()`) is months away, as if
        // settimeofday had moved it by that much just after the start. Whatever the session
        // times, logs or dates must come from the start and the monotonic clock, never from it.
        #expect(abs(Date().timeIntervalSince(Self.lateEvening)) > 3600)
        let (ending, log, _, _) = try Self.run(keys: [(0, .enter), (40, .enter), (41, .enter)])
        #expect(ending.farewell == "Session complete. Well done.")
        func offset(_ instant: Date?) -> Double? { instant.map { $0.timeIntervalSince(Self.lateEvening) } }
        #expect(offset(log.session.startedAt) == 0)
        // The countdown kept its own time: 10 s, a 5-s rest, 10 s, as on the monotonic clock.
        #expect(log.steps.map { [offset($0.startedAt), offset($0.endedAt)] } == [[0, 10], [15, 25]])
        #expect(offset(log.session.endedAt) == 41)
        // It started before midnight in Perth and belongs to that day, though it ended after it.
        #expect(log.session.day == "2026-03-01")
    }

    @Test("a stop signal during the session logs it interrupted, the set cut short, and exits 128 + N")
    func stopSignal() throws {
        let clock = ManualClock()
        let terminal = ScriptedTerminal(clock: clock, keys: [(0, .enter)])
        let store = try AppDatabase.inMemory()
        let ending = try SessionRunner(
            store: store, routines: [Self.hold], display: .screen(terminal), crackAdvice: nil,
            wallClock: WallClock(startingAt: Self.lateEvening, timeZone: Self.perth, monotonic: clock), clock: clock,
            signals: SessionSignals(stop: { clock.now() >= .seconds(6) ? SIGTERM : 0 }, takeSuspendRequest: { false })
        ).run()
        #expect(ending.exitStatus == 128 + SIGTERM && ending.farewell == "Session stopped. What you did is kept." && ending.error == nil)
        let log = try #require(try store.sessions(from: "2026-03-01", through: "2026-03-01").first)
        #expect(log.session.status == .interrupted)
        #expect(log.steps.map(\.status) == [.partial])
        #expect(log.steps.map(\.doneSeconds) == [6])
    }

    @Test("Ctrl-Z pauses the session: the minute away counts for nothing, and it comes back paused")
    func suspended() throws {
        let clock = ManualClock()
        // Ctrl-Z 3 s into the first set; back after a minute; space at 70 s goes on.
        let terminal = ScriptedTerminal(clock: clock, keys: [(0, .enter), (70, .character(" ")), (95, .enter), (95, .enter)])
        let asked = Atomic<Bool>(false)
        let signals = SessionSignals(stop: { 0 }, takeSuspendRequest: {
            clock.now() >= .seconds(3) && !asked.exchange(true, ordering: .relaxed)
        })
        let store = try AppDatabase.inMemory()
        _ = try SessionRunner(
            store: store, routines: [Self.hold], display: .screen(terminal), crackAdvice: nil,
            wallClock: WallClock(startingAt: Self.lateEvening, timeZone: Self.perth, monotonic: clock), clock: clock,
            signals: signals
        ).run()
        #expect(terminal.suspensions == 1 && !terminal.ranOut)
        let afterReturn = try #require(terminal.frames.first { $0.contains("Paused. Press space to go on") })
        #expect(afterReturn.contains("0:03 / 0:25"), "the session clock stood still while away: \(afterReturn)")
        let log = try #require(try store.sessions(from: "2026-03-01", through: "2026-03-01").first)
        #expect(log.session.status == .completed)
        #expect(log.steps.map(\.doneSeconds) == [10, 10])
        // Set 1 ended 7 s after going on at 70 s, not while the patient was away.
        #expect(log.steps.first.map { LogTime.text($0.endedAt) } == "2026-03-01T16:01:07.000Z")
    }

    /// A session on a store whose gate `control` opens and closes, with the write budget given.
    static func runStalling(keys: [(Double, Key)], budget: Double, signals: SessionSignals = .none,
                            _ control: @escaping @Sendable (StallingStore) -> Void)
        throws -> (ending: SessionRunner.Ending, store: StallingStore, terminal: ScriptedTerminal) {
        let clock = ManualClock()
        let terminal = ScriptedTerminal(clock: clock, keys: keys)
        let store = StallingStore(try AppDatabase.inMemory())
        control(store)
        let ending = try SessionRunner(
            store: store, routines: [hold], display: .screen(terminal), crackAdvice: nil,
            wallClock: WallClock(startingAt: lateEvening, timeZone: perth, monotonic: clock), clock: clock,
            signals: signals, writeBudgetSeconds: budget
        ).run()
        store.open()
        return (ending, store, terminal)
    }

    @Test("the countdown never waits on the store: a session plays on while its log is locked, and all is written once it answers")
    func lockedLogDoesNotStopTheClock() throws {
        let (ending, store, terminal) = try Self.runStalling(
            keys: [(0, .enter), (40, .character("2")), (40, .enter), (41, .enter)], budget: 60
        ) { store in
            // Locked once the session has begun (two writes); unlocked a second (real time) later.
            store.close(afterPassing: 2)
            DispatchQueue.global().asyncAfter(deadline: .now() + 1) { store.open() }  // bounded: the log answers after a real second
        }
        #expect(ending.exitStatus == 0 && ending.farewell == "Session complete. Well done." && ending.error == nil)
        #expect(terminal.showed("Saving what you did: the log at (stalling) (log in memory) is not answering"))
        let log = try #require(try store.sessions(from: "2026-03-01", through: "2026-03-01").first)
        #expect(log.session.status == .completed && log.session.painAfter == 2)
        #expect(log.steps.map(\.doneSeconds) == [10, 10])
    }

    @Test("a write that waits past its budget stops the session as interrupted, and what was done is written once the log answers")
    func lockedLogStopsTheSessionHonestly() throws {
        // Paused at 3 s, so the session is still running when the budget runs out.
        let (ending, store, _) = try Self.runStalling(keys: [(0, .enter), (3, .character(" ")), (100_000, .enter)], budget: 1) { store in
            store.close(afterPassing: 2)
            DispatchQueue.global().asyncAfter(deadline: .now() + 2) { store.open() }  // bounded: past the 1-s write budget, in real time
        }
        #expect(ending.exitStatus == 1)
        #expect(ending.farewell == "Session stopped. What you did is kept.")
        #expect(ending.error.map { "\($0)" } == LogStoreError.stoppedAnswering(path: "(stalling) (log in memory)", seconds: 1).description)
        let log = try #require(try store.sessions(from: "2026-03-01", through: "2026-03-01").first)
        #expect(log.session.status == .interrupted)
        #expect(log.steps.map(\.status) == [.partial])
    }

    @Test("the first question is drawn before the session's row is written: a log locked from the start stops the session honestly, and it is all written once the log answers")
    func lockedFromTheStart() throws {
        // Paused at 3 s, so the session is still running when the budget runs out.
        let (ending, store, terminal) = try Self.runStalling(keys: [(0, .enter), (3, .character(" ")), (100_000, .enter)], budget: 1) { store in
            // Unfinished sessions are looked for; the session's own row waits at the gate.
            store.close(afterPassing: 1)
            DispatchQueue.global().asyncAfter(deadline: .now() + 2) { store.open() }  // bounded: past the 1-s write budget, in real time
        }
        #expect(terminal.frames.first.map { $0.contains("pain") } == true)
        #expect(ending.exitStatus == 1)
        #expect(ending.error.map { "\($0)" } == LogStoreError.stoppedAnswering(path: "(stalling) (log in memory)", seconds: 1).description)
        let log = try #require(try store.sessions(from: "2026-03-01", through: "2026-03-01").first)
        #expect(log.session.status == .interrupted && log.session.plannedRoutines == ["hold"])
        #expect(log.steps.map(\.status) == [.partial])
    }

    @Test("Ctrl-C while the log does not answer stops waiting within seconds and says what was not written")
    func stopWhileLocked() throws {
        let stopAt = Date().addingTimeInterval(1)
        let (ending, _, _) = try Self.runStalling(
            keys: [(0, .enter), (3, .character(" ")), (100_000, .enter)], budget: 60,
            signals: SessionSignals(stop: { Date() >= stopAt ? SIGINT : 0 }, takeSuspendRequest: { false })
        ) { store in store.close(afterPassing: 2) }
        #expect(ending.exitStatus == 128 + SIGINT)
        #expect(ending.farewell == "Session stopped.")
        #expect(ending.error.map { "\($0)" } == LogStoreError.notAnswering(path: "(stalling) (log in memory)", unwritten: 3).description)
    }

    @Test("plain lines: the questions are typed answers, the session narrated line by line")
    func plainLines() throws {
        let clock = ManualClock()
        let lines = MemoryLineTerminal(answers: ["-", "5", "", ""]) { clock.advance(nanoseconds: $0) }
        let store = try AppDatabase.inMemory()
        let ending = try SessionRunner(
            store: store, routines: [Self.hold], display: .lines(lines), crackAdvice: nil,
            wallClock: WallClock(startingAt: Self.lateEvening, timeZone: Self.perth, monotonic: clock), clock: clock,
            signals: .none
        ).run()
        #expect(ending.exitStatus == 0 && ending.farewell == nil && ending.error == nil)
        #expect(lines.lines.contains("That is not one of the answers."))
        #expect(lines.lines.contains("== Short hold (25 s) =="))
        #expect(lines.lines.contains("Session complete. Well done."))
        let log = try #require(try store.sessions(from: "2026-03-01", through: "2026-03-01").first)
        #expect(log.session.painBefore == 5 && log.session.status == .completed)
    }
}
