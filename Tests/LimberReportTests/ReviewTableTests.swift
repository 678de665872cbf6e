import Foundation
import LimberCore
import LimberTestSupport
import LimberTUI
import Testing

@Suite("The review as a table")
struct ReviewTableTests {
    @Test("fits 80 columns, with the figures and weekly sparklines")
    func fits() {
        let text = ReviewTable.render([ReviewFixture.review()], glyphs: .unicode)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { CharacterWidth.of($0) <= 80 }, "\(lines.filter { CharacterWidth.of($0) > 80 })")
        #expect(text.contains("Sessions   planned 8, completed 3, partial 2, missed 3, extra 1"))
        #expect(text.contains("Adherence  38%   streak 2 days   last session 2026-02-09 (interrupted)"))
        // Week 1: 3 of 6 (50%, the middle of the ramp); week 2: 0 of 2.
        #expect(text.contains("Weekly     ▅▁  (weeks from 2026-02-02)"))
        #expect(text.contains("Pain       before ▄·"))
        #expect(text.contains("           after  ▃·  (weekly average, 0-10)"))
        #expect(text.contains("2026-02-05 assessment-advised repeated-self-cracking (no longer standing)"))
    }

    @Test("in ASCII under a locale without UTF-8, and a long hostile name cut to the width")
    func ascii() {
        var log = ReviewFixture.contents
        log.profileChanges[0].name = String(repeating: "Ünïcödé ", count: 20) + "\u{1B}]0;owned\u{07}"
        let other = ReviewFixture.review()
        let text = ReviewTable.render([ReviewFixture.review(log), other], glyphs: .ascii)
        #expect(text.allSatisfy { $0.isASCII })
        #expect(!text.contains("\u{1B}"))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(text.contains("Weekly     =_"))
        #expect(text.hasPrefix("Clinic summary: 2 patients"))
    }
}
