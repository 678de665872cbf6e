import Foundation
import Testing
import LimberCore
@testable import LimberTUI

/// At the questions, a key that cannot be part of an answer is shown and said, never dropped
/// unseen, and never turns "-1" into 1.
struct QuestionKeyTests {
    func ask(_ keys: [Key], glyphs: Glyphs = .unicode) -> (QuestionAnswer, MemoryTerminal) {
        let terminal = MemoryTerminal(width: 80, height: 24)
        terminal.glyphs = glyphs
        // A resize last draws the screen once more after the keys, and then the question ends.
        terminal.pendingKeys = keys + [.resize]
        nonisolated(unsafe) let keysLeft = terminal
        let signals = SessionSignals(stop: { keysLeft.pendingKeys.isEmpty ? SIGTERM : 0 }, takeSuspendRequest: { false })
        let answer = QuestionPrompt.ask(.painBefore, on: terminal, signals: signals)
        return (answer, terminal)
    }

    @Test func minusOneIsNotTakenAsOne() {
        let (answer, terminal) = ask([.character("-"), .character("1"), .enter, .character("3"), .enter])
        #expect(answer == .answered(3))
        let afterMinus = terminal.frames[1].lines
        #expect(afterMinus.contains("  > -"))
        #expect(afterMinus.contains("  '-' cannot be part of an answer: digits only (Backspace to change it)."))
        #expect(terminal.frames[3].lines.contains("  That is not one of the answers."))
    }

    @Test func plusAndSpaceAreShownAndRefused() {
        for stray in ["+", " "] {
            let (answer, terminal) = ask([.character(Character(stray)), .character("5"), .enter])
            #expect(answer == .passed, "the answer '\(stray)5' is refused; the test then ends the question")
            #expect(terminal.frames[2].lines.contains("  > \(stray)5"))
            #expect(terminal.frames[3].lines.contains("  That is not one of the answers."))
        }
    }

    @Test func aKeyThatDoesNothingSaysSo() {
        let (_, terminal) = ask([.left, .character("\u{1}")])
        #expect(terminal.frames[1].lines.contains("  The arrow keys do nothing here: type the number, then Enter."))
        #expect(terminal.frames[2].lines.contains(
            "  '\\u{1}' cannot be part of an answer: digits only (Backspace to change it)."))
    }

    @Test func aThirdDigitIsSaid() {
        let (_, terminal) = ask([.character("1"), .character("0"), .character("0")])
        #expect(terminal.frames[3].lines.contains("  An answer has at most two digits (Backspace to change it)."))
    }

    @Test func theQuestionIsDrawnInTheTerminalsGlyphs() {
        let (_, terminal) = ask([.character("é")], glyphs: .ascii)
        #expect(terminal.frames.allSatisfy { $0.glyphs == .ascii })
        #expect(terminal.frames[1].lines.contains("  > e"))
    }
}
