import Foundation
import Testing
import LimberCore
@testable import LimberTUI

/// Player screens rendered at pinned sizes and compared as text.
struct PlayerScreenTests {
    static let stretch = Routine(id: "hip", name: "Kneeling hip flexor stretch", family: .stretch, steps: [
        Step(name: "Get into position", kind: .prepare, load: .seconds(10), cue: "Kneel on the right knee, left foot forward."),
        Step(name: "Stretch", kind: .hold, load: .seconds(30), sets: 2, rest: 15, sides: .both,
             cue: "Tuck the pelvis under and squeeze the glute; do not arch."),
    ])
    static let breathing = Routine(id: "box", name: "Box breathing", family: .breathing, steps: [
        Step(name: "Box", kind: .breathe, load: .breathe(BreathPattern(inhale: 4, hold: 4, exhale: 4, holdAfter: 4), cycles: 6),
             cue: "Breathe through the nose, slow and even."),
    ])
    static let sighing = Routine(id: "sigh", name: "Cyclic sighing", family: .breathing, steps: [
        Step(name: "Cyclic sighs", kind: .breathe, load: .breathe(BreathPattern(inhale: 3, topUp: 1, exhale: 6), cycles: 30),
             cue: "Breathe in through the nose, then sip in a little more. Let it all out slowly."),
    ])
    static let tilts = Routine(id: "tilts", name: "Pelvic tilts", family: .mobility, steps: [
        Step(name: "Tilts", kind: .reps, load: .reps(count: 10, tempo: 3), cue: "Flatten the back, then let it arch gently."),
    ])

    static let walk = Routine(id: "walk", name: "Easy walk", family: .walk, steps: [
        Step(name: "Walk", kind: .walk, load: .seconds(600), cue: "Walk at an easy pace: you should be able to talk."),
    ])

    static func state(_ routines: [Routine], at seconds: Double, events: [SessionEvent] = []) -> (SessionState, MonotonicInstant) {
        var state = SessionState(plan: SessionPlan(routines: routines))
        _ = state.reduce(.start(.seconds(0)))
        for event in events { _ = state.reduce(event) }
        _ = state.reduce(.tick(.seconds(seconds)))
        return (state, .seconds(seconds))
    }

    /// As long as the shipped safety.yaml's, so the screens show what fits and what gives way.
    static let advice = CrackWarning(
        techniqueName: "Footballer's stretch",
        description: "Lying twisted on your side or back and pulling or pushing the top knee down, or having someone push it, until the lower back cracks.",
        reasons: [
            "In our clinic's experience, any relief from twisting the back until it pops wears off quickly, so people tend to repeat it again and again.",
            "The popping sound is not a sign that anything has been fixed. People did just as well whether or not there was a pop.",
            "Nobody has properly studied whether doing this to yourself is safe, so the risks are unknown; we advise avoiding it to be on the safe side.",
            "If your back needs manipulating, we recommend leaving it to a trained professional, as part of an exercise plan.",
            "Gentle movements such as the alternatives below loosen the back without pushing it to the end of its range.",
        ],
        afterward: "One crack is unlikely to have done harm. If new numbness, tingling or weakness comes on in a leg, stop and get advice from your clinician or healthdirect on 1800 022 222; in both legs or around your bottom, call 000 now.",
        alternatives: ["Knee rolls", "Lying gentle knee-drop twist", "Thoracic open book", "Cat-camel", "Pelvic tilts"]
            .map { CrackWarning.Alternative(id: $0.lowercased(), name: $0) })

    static func screen(_ routines: [Routine], at seconds: Double, width: Int = 80, height: Int = 24, events: [SessionEvent] = []) -> String {
        let (state, now) = state(routines, at: seconds, events: events)
        return PlayerScreen.render(state, at: now, width: width, height: height, crackAdvice: advice).text
    }

    /// Compares with the golden file `Golden/NAME.txt`; set RECORD_SNAPSHOTS=1 to rewrite it.
    static func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden").appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((text + "\n").utf8).write(to: file)
        }
        let golden = try String(contentsOf: file, encoding: .utf8)
        #expect(text + "\n" == golden, "screen differs from Golden/\(name).txt", sourceLocation: sourceLocation)
    }

    @Test(arguments: [(80, 24), (40, 12)])
    func everyPhaseAtEachSize(width: Int, height: Int) throws {
        let cases: [(String, [Routine], Double, [SessionEvent])] = [
            ("get-ready", [Self.stretch, Self.tilts], 2.5, []),
            ("hold-left", [Self.stretch], 20, []),
            ("rest", [Self.stretch], 45, []),
            ("switch-sides", [Self.stretch], 87, []),
            ("reps", [Self.tilts], 7, []),
            ("breathe-in", [Self.breathing], 2, []),
            ("breathe-hold", [Self.breathing], 6, []),
            ("breathe-out", [Self.breathing], 9, []),
            ("breathe-top-up", [Self.sighing], 3.5, []),
            ("walk", [Self.walk], 65, []),
            ("paused", [Self.stretch], 20, [.togglePause(.seconds(12))]),
            ("confirm-quit", [Self.stretch], 20, [.requestQuit(.seconds(12))]),
            ("help", [Self.stretch], 20, [.toggleHelp(.seconds(12))]),
            ("crack-advice", [Self.stretch], 20, [.reportCrack(.seconds(12))]),
            ("finished", [Self.tilts], 30, []),
        ]
        for (name, routines, seconds, events) in cases {
            try Self.expectGolden(
                Self.screen(routines, at: seconds, width: width, height: height, events: events), "\(name)-\(width)x\(height)")
        }
    }

    @Test(arguments: [(80, 24), (40, 12)])
    func theQuestionsAtEachSize(width: Int, height: Int) throws {
        let cutShort = "Your session of 2026-11-24 was cut short; what you did then is kept."
        let cases: [(String, Question, String, Bool, [String], String?)] = [
            ("question-pain-before", .painBefore, "4", false, [cutShort], nil),
            ("question-effort-invalid", .effort, "", true, [], nil),
            ("question-leave", .painBefore, "", false, [], "Leave without exercising today?"),
        ]
        for (name, question, typed, invalid, notices, confirming) in cases {
            let screen = QuestionPrompt.render(question, typed: typed, invalid: invalid, notices: notices,
                                               confirming: confirming, width: width, height: height).text
            try Self.expectGolden(screen, "\(name)-\(width)x\(height)")
        }
    }

    @Test func aTerminalTooSmallSaysSo() {
        let text = Self.screen([Self.stretch], at: 1, width: 30, height: 8)
        #expect(text.contains("Terminal too small"))
        #expect(text.contains("40x12"))
        #expect(text.contains("30x8"))
    }

    @Test func theKeyLineShowsTheBellAndStillFitsWithItOff() {
        let on = Self.screen([Self.stretch], at: 20).split(separator: "\n").last ?? ""
        let off = Self.screen([Self.stretch], at: 20, events: [.toggleBell]).split(separator: "\n").last ?? ""
        #expect(on.hasSuffix("b bell on  ? help  q quit"))
        #expect(off.hasSuffix("b bell off  ? help  q quit"))
    }

    @Test func aCueTooLongForItsLinesEndsInAnEllipsis() {
        let long = Routine(id: "long", name: "Long cue", family: .stretch, steps: [
            Step(name: "Hold", kind: .hold, load: .seconds(30),
                 cue: "Lie on your back with both knees bent and feet flat, let the knees fall slowly to the left, keep both shoulders on the floor, breathe out as you go, and come back to the middle before the other side."),
        ])
        let text = Self.screen([long], at: 1, width: 40, height: 12)
        #expect(text.contains("…"), "the patient can see that the cue goes on")
        #expect(!text.contains("other side."))
    }

    @Test func theCountdownShowsWholeSecondsRoundedUp() {
        #expect(Self.screen([Self.stretch], at: 20.2, width: 40, height: 12).contains("HOLD  0:20"))
        #expect(Self.screen([Self.stretch], at: 20.0, width: 40, height: 12).contains("HOLD  0:20"))
        #expect(Self.screen([Self.stretch], at: 19.9, width: 40, height: 12).contains("HOLD  0:21"))
    }

    @Test func theRepCounterFollowsTheTempo() {
        #expect(Self.screen([Self.tilts], at: 0.5).contains("Rep 1 of 10"))
        #expect(Self.screen([Self.tilts], at: 7).contains("Rep 3 of 10"))
        #expect(Self.screen([Self.tilts], at: 29.5).contains("Rep 10 of 10"))
    }

    @Test func thePacerGrowsWithTheInBreathAndShrinksWithTheOutBreath() {
        func dots(_ at: Double) -> Int {
            Self.screen([Self.breathing], at: at).filter { $0 == "●" }.count
        }
        #expect(dots(0.5) < dots(2) && dots(2) < dots(3.9))
        #expect(dots(8.5) > dots(10) && dots(10) > dots(11.9))
    }

    @Test func keysMapThroughTheOneTable() {
        let (state, now) = Self.state([Self.stretch], at: 1)
        #expect(PlayerKeys.event(for: .character(" "), in: state, at: now) == .togglePause(now))
        #expect(PlayerKeys.event(for: .right, in: state, at: now) == .skip(now))
        #expect(PlayerKeys.event(for: .character("p"), in: state, at: now) == .back(now))
        #expect(PlayerKeys.event(for: .character("q"), in: state, at: now) == .requestQuit(now))
        #expect(PlayerKeys.event(for: .character("x"), in: state, at: now) == nil)
        var asking = state
        _ = asking.reduce(.requestQuit(now))
        #expect(PlayerKeys.event(for: .character("y"), in: asking, at: now) == .confirmQuit(now))
        #expect(PlayerKeys.event(for: .escape, in: asking, at: now) == .dismissOverlay(now))
        #expect(PlayerKeys.event(for: .character("c"), in: state, at: now) == .reportCrack(now))
        var reading = state
        _ = reading.reduce(.reportCrack(now))
        #expect(PlayerKeys.event(for: .character("q"), in: reading, at: now) == .dismissOverlay(now))
    }
}
