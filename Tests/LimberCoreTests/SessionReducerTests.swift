import Testing
@testable import LimberCore

/// The session state machine, driven by hand-made instants: no test waits on a real clock.
struct SessionReducerTests {
    static func t(_ seconds: Double) -> MonotonicInstant { .seconds(seconds) }

    static let stretch = Routine(id: "stretch", name: "Stretch", family: .stretch, steps: [
        Step(name: "Get into position", kind: .prepare, load: .seconds(5)),
        Step(name: "Hold", kind: .hold, load: .seconds(30), sets: 2, rest: 10, sides: .both),
    ])
    static let breathing = Routine(id: "breath", name: "Breath", family: .breathing, steps: [
        Step(name: "Box", kind: .breathe, load: .breathe(BreathPattern(inhale: 4, hold: 4, exhale: 4, holdAfter: 4), cycles: 2)),
    ])
    static let tilts = Routine(id: "tilts", name: "Tilts", family: .mobility, steps: [
        Step(name: "Tilt", kind: .reps, load: .reps(count: 10, tempo: 3)),
    ])

    static func started(_ routines: [Routine], at start: Double = 100) -> SessionState {
        var state = SessionState(plan: SessionPlan(routines: routines))
        _ = state.reduce(.start(t(start)))
        return state
    }

    static func logged(_ effects: [SessionEffect]) -> [StepOutcome] {
        effects.compactMap { if case .stepFinished(let outcome) = $0 { outcome } else { nil } }
    }

    @Test func sidesSetsAndRestsExpandInOrder() {
        let plan = SessionPlan(routines: [Self.stretch])
        let phases = plan.segments.map { "\($0.phase.word) \($0.side?.rawValue ?? "-") \($0.set)/\($0.sets) \($0.seconds)" }
        #expect(phases == [
            "Get ready - 1/1 5",
            "Hold left 1/2 30", "Rest left 2/2 10", "Hold left 2/2 30",
            "Switch sides right 1/2 5",
            "Hold right 1/2 30", "Rest right 2/2 10", "Hold right 2/2 30",
        ])
        #expect(plan.units.count == 5)
        #expect(plan.totalSeconds == Self.stretch.seconds)
    }

    @Test func breathingRunsEachPhaseOfEachCycle() {
        let plan = SessionPlan(routines: [Self.breathing])
        #expect(plan.segments.map(\.phase.word) == [
            "Breathe in", "Hold", "Breathe out", "Hold", "Breathe in", "Hold", "Breathe out", "Hold",
        ])
        #expect(plan.segments.map(\.cycle) == [1, 1, 1, 1, 2, 2, 2, 2])
        #expect(plan.units.count == 1)
    }

    @Test func aCyclicSighsTopUpIsASecondInBreathNotAHold() {
        let sigh = Routine(id: "sigh", name: "Sigh", family: .breathing, steps: [
            Step(name: "Sigh", kind: .breathe, load: .breathe(BreathPattern(inhale: 3, topUp: 1, exhale: 6), cycles: 2)),
        ])
        let plan = SessionPlan(routines: [sigh])
        #expect(plan.segments.map { "\($0.phase.word) \($0.seconds)" } == [
            "Breathe in 3", "Breathe in again 1", "Breathe out 6", "Breathe in 3", "Breathe in again 1", "Breathe out 6",
        ])
        #expect(plan.segments.allSatisfy { $0.phase.isBreathing })
        #expect(plan.totalSeconds == sigh.seconds)
    }

    @Test func theSessionEndsExactlyAtItsNominalTime() {
        var state = Self.started([Self.stretch])
        let total = Double(Self.stretch.seconds)
        var effects = state.reduce(.tick(Self.t(100 + total - 0.001)))
        #expect(!state.isFinished)
        #expect(state.remainingSeconds(at: Self.t(100 + total - 0.001)) == 1)
        effects += state.reduce(.tick(Self.t(100 + total)))
        #expect(state.clock == .finished(.completed))
        #expect(effects.last == .sessionFinished(.completed))
        #expect(Self.logged(effects).map(\.status) == Array(repeating: .done, count: 5))
        #expect(Self.logged(effects).map(\.doneSeconds) == [5, 30, 30, 30, 30])
    }

    @Test func wakingLateOrIrregularlyNeverDrifts() {
        var state = Self.started([Self.stretch], at: 0)
        var now = 0.0
        var ends: [Double] = []
        // Wake at odd moments, often late; the end must still land on the nominal second.
        while !state.isFinished {
            now += 0.7
            _ = state.reduce(.tick(Self.t(now)))
            if state.isFinished { ends.append(now) }
        }
        let total = Double(Self.stretch.seconds)
        #expect(ends.first! >= total && ends.first! < total + 0.7)
        var fresh = Self.started([Self.stretch], at: 0)
        _ = fresh.reduce(.tick(Self.t(total - 0.000_001)))
        #expect(!fresh.isFinished)
    }

    @Test func pauseAndResumeShiftTheDeadline() {
        var state = Self.started([Self.tilts], at: 0)
        _ = state.reduce(.togglePause(Self.t(10)))
        #expect(state.isPaused)
        #expect(state.remainingSeconds(at: Self.t(500)) == 20)
        _ = state.reduce(.tick(Self.t(500)))
        #expect(!state.isFinished)
        _ = state.reduce(.togglePause(Self.t(60)))
        #expect(state.remainingSeconds(at: Self.t(60)) == 20)
        _ = state.reduce(.tick(Self.t(79.999)))
        #expect(!state.isFinished)
        let effects = state.reduce(.tick(Self.t(80)))
        #expect(state.clock == .finished(.completed))
        #expect(Self.logged(effects).first?.doneSeconds == 30)
    }

    @Test func skipLogsTheSetAsPartialOrSkippedAndMovesOn() {
        var state = Self.started([Self.stretch], at: 0)
        let skippedPrepare = Self.logged(state.reduce(.skip(Self.t(0))))
        #expect(skippedPrepare.map(\.status) == [.skipped])
        #expect(state.segment?.phase == .hold && state.segment?.side == .left)
        let partialHold = Self.logged(state.reduce(.skip(Self.t(12.5))))
        #expect(partialHold.map(\.status) == [.partial])
        #expect(partialHold.map(\.doneSeconds) == [12])
        // The rest between sets is skipped too: straight to set 2.
        #expect(state.segment?.phase == .hold && state.segment?.set == 2)
        #expect(state.remainingSeconds(at: Self.t(12.5)) == 30)
    }

    @Test func skippingDuringARestStartsTheNextSetAndLogsNothing() {
        var state = Self.started([Self.stretch], at: 0)
        _ = state.reduce(.tick(Self.t(36)))
        #expect(state.segment?.phase == .rest)
        let effects = state.reduce(.skip(Self.t(37)))
        #expect(Self.logged(effects) == [])
        #expect(state.segment?.phase == .hold && state.segment?.set == 2)
    }

    @Test func skippingTheLastSetEndsTheSessionAsPartial() {
        var state = Self.started([Self.tilts], at: 0)
        let effects = state.reduce(.skip(Self.t(3)))
        #expect(state.clock == .finished(.partial))
        #expect(Self.logged(effects).map(\.status) == [.partial])
    }

    @Test func backRestartsTheSetOrGoesToThePreviousOne() {
        var state = Self.started([Self.stretch], at: 0)
        _ = state.reduce(.tick(Self.t(15)))
        #expect(state.segment?.phase == .hold)
        let restarted = state.reduce(.back(Self.t(15)))
        #expect(Self.logged(restarted) == [])
        #expect(state.segment?.phase == .hold && state.remainingSeconds(at: Self.t(15)) == 30)
        _ = state.reduce(.back(Self.t(15.5)))
        #expect(state.segment?.phase == .getReady)
        #expect(state.remainingSeconds(at: Self.t(15.5)) == 5)
    }

    @Test func aSetPlayedAgainAfterGoingBackCountsByItsLastAttempt() {
        var state = Self.started([Self.stretch], at: 0)
        var effects = state.reduce(.skip(Self.t(6)))          // the first left hold, cut short after 1 s
        effects += state.reduce(.back(Self.t(6.5)))           // straight back to it
        #expect(state.segment?.phase == .hold && state.segment?.set == 1)
        effects += state.reduce(.tick(Self.t(6.5 + 145)))     // and everything after, in full
        #expect(state.clock == .finished(.completed))
        let leftFirst = Self.logged(effects).filter { $0.side == .left && $0.set == 1 }
        #expect(leftFirst.map(\.status) == [.partial, .done], "both attempts are logged")
    }

    @Test func theHelpPausesAndGoesOnAsItWas() {
        var state = Self.started([Self.stretch], at: 0)
        _ = state.reduce(.toggleHelp(Self.t(10)))
        #expect((state.overlay == .help) && state.isPaused)
        _ = state.reduce(.toggleHelp(Self.t(70)))
        #expect(!(state.overlay == .help) && !state.isPaused)
        #expect(state.remainingSeconds(at: Self.t(70)) == 25, "the minute spent reading the help did not count")

        _ = state.reduce(.togglePause(Self.t(71)))
        _ = state.reduce(.toggleHelp(Self.t(72)))
        _ = state.reduce(.toggleHelp(Self.t(73)))
        #expect(state.isPaused, "paused before the help, paused after it")
    }

    @Test func breathingPhasesFollowTheClock() {
        var state = Self.started([Self.breathing], at: 0)
        let expected: [(Double, String)] = [(0, "Breathe in"), (4, "Hold"), (8, "Breathe out"), (12, "Hold"), (16, "Breathe in")]
        for (second, word) in expected {
            _ = state.reduce(.tick(Self.t(second)))
            #expect(state.segment?.phase.word == word, "at \(second) s")
        }
        #expect(state.segment?.cycle == 2)
    }

    @Test func theBellRingsAtPhaseChangesUnlessTurnedOff() {
        var state = Self.started([Self.stretch], at: 0)
        #expect(state.reduce(.tick(Self.t(5))).contains(.ringBell))
        #expect(!state.reduce(.tick(Self.t(6))).contains(.ringBell))
        _ = state.reduce(.toggleBell)
        #expect(!state.reduce(.tick(Self.t(35))).contains(.ringBell))
    }

    @Test func quittingAsksFirstAndPausesWhileAsking() {
        var state = Self.started([Self.stretch], at: 0)
        _ = state.reduce(.requestQuit(Self.t(10)))
        #expect((state.overlay == .confirmQuit) && state.isPaused)
        _ = state.reduce(.dismissOverlay(Self.t(50)))
        #expect(!(state.overlay == .confirmQuit) && !state.isPaused)
        #expect(state.remainingSeconds(at: Self.t(50)) == 25)
        _ = state.reduce(.requestQuit(Self.t(51)))
        let effects = state.reduce(.confirmQuit(Self.t(52)))
        #expect(state.clock == .finished(.partial))
        #expect(Self.logged(effects).map(\.status) == [.partial])
    }

    @Test func quittingBeforeDoingAnythingLogsASkippedSession() {
        var state = Self.started([Self.tilts], at: 0)
        _ = state.reduce(.requestQuit(Self.t(0)))
        let effects = state.reduce(.confirmQuit(Self.t(0)))
        #expect(effects.last == .sessionFinished(.skipped))
    }

    @Test func anInterruptKeepsTheWorkDoneSoFar() {
        var state = Self.started([Self.stretch], at: 0)
        let effects = state.reduce(.interrupt(Self.t(20)))
        #expect(state.clock == .finished(.interrupted))
        #expect(Self.logged(effects).map(\.doneSeconds) == [5, 15])
        #expect(effects.last == .sessionFinished(.interrupted))
    }

    @Test func theLoopWakesOnlyAtSecondBoundariesOrPacerFrames() {
        let state = Self.started([Self.stretch], at: 0)
        #expect(state.nextWakeup(after: Self.t(0.25)) == Self.t(1))
        #expect(state.nextWakeup(after: Self.t(1)) == Self.t(2))
        let breathing = Self.started([Self.breathing], at: 0)
        #expect(breathing.nextWakeup(after: Self.t(0.25)) == Self.t(0.35))
        var paused = state
        _ = paused.reduce(.togglePause(Self.t(1)))
        #expect(paused.nextWakeup(after: Self.t(1)) == nil)
    }

    @Test func reportingACrackLogsItAndPausesUntilTheAdviceIsRead() {
        var state = Self.started([Self.stretch], at: 0)
        // The get-ready step ended at 5 s, so it is logged before the crack.
        let effects = state.reduce(.reportCrack(Self.t(8)))
        #expect(Self.logged(effects).map(\.stepName) == ["Get into position"])
        #expect(effects.suffix(2) == [.ringBell, .crackReported])
        #expect((state.overlay == .crackAdvice) && state.isPaused)
        #expect(state.reduce(.skip(Self.t(9))) == [])
        _ = state.reduce(.dismissOverlay(Self.t(40)))
        #expect(!(state.overlay == .crackAdvice) && !state.isPaused)
        #expect(state.remainingSeconds(at: Self.t(40)) == 27)
    }

    @Test func sharpPainStopsTheSetLogsItAndAsksWhetherToEndTheSession() {
        var state = Self.started([Self.stretch])
        // 12 s into the first 30 s hold on the left (the get-ready step took 5 s).
        let effects = state.reduce(.reportSharpPain(Self.t(117)))
        let cut = Self.logged(effects)
        #expect(cut.map { "\($0.stepName) \($0.side?.rawValue ?? "-") \($0.set) \($0.doneSeconds) \($0.status)" }
                == ["Get into position - 1 5 done", "Hold left 1 12 partial"])
        #expect(effects.contains(.sharpPainReported))
        #expect(state.overlay == .sharpPain && state.isPaused)
        #expect(state.segment?.phase.word == "Hold" && state.segment?.set == 2, "the next set waits, past the rest")
        #expect(state.reduce(.tick(Self.t(200))).isEmpty, "nothing runs while the question is asked")

        var goOn = state
        _ = goOn.reduce(.dismissOverlay(Self.t(201)))
        #expect(goOn.overlay == nil && goOn.isPaused, "going on is the patient's choice: still paused")

        // Ending here logs the waiting set as skipped, as quitting at the start of a set does.
        let ended = state.reduce(.confirmQuit(Self.t(201)))
        #expect(Self.logged(ended).map { "\($0.set) \($0.status)" } == ["2 skipped"])
        #expect(ended.last == .sessionFinished(.partial))
        #expect(state.isFinished)
    }

    @Test func sharpPainInTheLastSetEndsTheSessionAndIsStillLogged() {
        var state = Self.started([Self.tilts])
        let effects = state.reduce(.reportSharpPain(Self.t(110)))
        #expect(effects.contains(.sharpPainReported))
        #expect(effects.last == .sessionFinished(.partial))
        #expect(state.overlay == nil)
    }
}
