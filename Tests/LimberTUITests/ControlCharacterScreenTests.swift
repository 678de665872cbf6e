import Foundation
import Testing
import LimberCore
@testable import LimberTUI

/// Every screen draws through CellBuffer, which shows control characters as visible text: none
/// reaches the terminal, whichever screen or text held it.
struct ControlCharacterScreenTests {
    static let hostile = Routine(id: "hostile", name: "Knee rolls\u{1B}]0;pwned\u{7}", family: .mobility, steps: [
        Step(name: "Roll\u{1B}[2J", kind: .hold, load: .seconds(30), cue: "Left\rRight\u{8}\u{9B}?25l"),
    ])

    static func hasControl(_ buffer: CellBuffer) -> Bool {
        buffer.cells.contains { $0.character != "\u{0}" && $0.character.unicodeScalars.contains(where: VisibleText.isControl) }
    }

    @Test func thePlayerShowsThemAsText() {
        var state = SessionState(plan: SessionPlan(routines: [Self.hostile]))
        _ = state.reduce(.start(.seconds(0)))
        let buffer = PlayerScreen.render(state, at: .seconds(1), width: 80, height: 24)
        #expect(!Self.hasControl(buffer))
        let lines = buffer.lines
        #expect(lines[0] == "  Knee rolls\\u{1B}]0;pwned\\u{7}")
        #expect(lines[1] == "  Step 1 of 1: Roll\\u{1B}[2J")
        #expect(lines.contains("  Left\\u{D}Right\\u{8}\\u{9B}?25l"))
    }

    @Test func theQuestionsShowThemAsText() {
        let buffer = QuestionPrompt.render(.painBefore, typed: "", invalid: false,
                                           notices: ["Session of 2024-05-01\u{1B}[2J cut short"], width: 80, height: 24)
        #expect(!Self.hasControl(buffer))
        #expect(buffer.text.contains("  Session of 2024-05-01\\u{1B}[2J cut short"))
    }

    @Test func centredTextIsMeasuredAsItIsDrawn() {
        var buffer = CellBuffer(width: 20, height: 1)
        buffer.center("a\u{1B}b", y: 0)
        #expect(buffer.lines == ["      a\\u{1B}b"])
    }
}
