import Foundation
import Testing
import LimberCore
@testable import LimberTUI

/// Under a locale without UTF-8 every screen is drawn in ASCII: the big digits, the bars, the
/// pacer, the arrows, the ellipsis and any accented or wide text in the library.
struct AsciiScreenTests {
    @Test func theCodesetDecides() {
        #expect(Glyphs(codeset: "UTF-8") == .unicode)
        #expect(Glyphs(codeset: "utf8") == .unicode)
        #expect(Glyphs(codeset: "ANSI_X3.4-1968") == .ascii)
        #expect(Glyphs(codeset: "ISO-8859-1") == .ascii)
        #expect(Glyphs(codeset: "") == .ascii)
    }

    @Test func textIsDrawnInAsciiOfTheSameWidth() {
        for text in ["Ça va — très bien… “yes” ’n’ ← → ● █ ░ ▪ ·", "気持ち 👍🏽 x", "plain"] {
            let drawn = Glyphs.ascii.drawable(text)
            #expect(drawn.allSatisfy { $0.isASCII })
            #expect(CharacterWidth.of(drawn) == CharacterWidth.of(text))
        }
        #expect(Glyphs.ascii.drawable("Ça va — très bien…") == "Ca va - tres bien.")
        #expect(Glyphs.unicode.drawable("Ça va — très bien…") == "Ça va — très bien…")
    }

    @Test func everyScreenAt80x24() throws {
        let s = PlayerScreenTests.self
        let cases: [(String, [Routine], Double, [SessionEvent])] = [
            ("hold-left", [s.stretch], 20, []),
            ("breathe-in", [s.breathing], 2, []),
            ("reps", [s.tilts], 7, []),
            ("help", [s.stretch], 20, [.toggleHelp(.seconds(12))]),
            ("crack-advice", [s.stretch], 20, [.reportCrack(.seconds(12))]),
        ]
        for (name, routines, seconds, events) in cases {
            let (state, now) = s.state(routines, at: seconds, events: events)
            let text = PlayerScreen.render(state, at: now, width: 80, height: 24, crackAdvice: s.advice, glyphs: .ascii).text
            #expect(text.allSatisfy { $0.isASCII }, "\(name) is ASCII")
            try s.expectGolden(text, "ascii-\(name)-80x24")
        }
        let question = QuestionPrompt.render(.painBefore, typed: "4", invalid: false, width: 80, height: 24, glyphs: .ascii).text
        try s.expectGolden(question, "ascii-question-pain-before-80x24")
    }

    @Test func aLongNameIsCutWithThreeDots() {
        let long = Routine(id: "long", name: "Lying gentle knee-drop twist — with a very long name that goes on", family: .mobility,
                           steps: [Step(name: "Twist", kind: .hold, load: .seconds(30), cue: "Let the knees fall to one side.")])
        let (state, now) = PlayerScreenTests.state([long], at: 1)
        let lines = PlayerScreen.render(state, at: now, width: 40, height: 12, glyphs: .ascii).lines
        #expect(lines[0] == " Lying gentle knee-drop twist - with...")
    }
}
