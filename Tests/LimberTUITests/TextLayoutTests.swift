import LimberTestSupport
import Testing

@testable import LimberTUI

/// Word wrapping measures each line as it grows; where a word could join the space before it
/// into one character, the line is measured whole again, so what is drawn fits.
struct TextLayoutTests {
    @Test func wrapsAtTheWidthInCells() {
        #expect(TextLayout.wrap("2014-10-09 completed pain 3→2: cat-camel 2/2, dead-bug 2/2", width: 30)
            == ["2014-10-09 completed pain 3→2:", "cat-camel 2/2, dead-bug 2/2"])
        #expect(TextLayout.wrap("日本 語", width: 7) == ["日本 語"])
        #expect(TextLayout.wrap("日本 語", width: 6) == ["日本", "語"])
        #expect(TextLayout.wrap("abcdefgh ij", width: 3) == ["abc", "def", "gh", "ij"])
    }

    @Test func aWordBeginningWithACombiningMarkJoinsTheSpaceBeforeIt() {
        // " \u{301}" is one character: "a \u{301}b" takes 3 cells, not 1 + 1 + 2.
        #expect(TextLayout.wrap("a \u{301}b", width: 3) == ["a \u{301}b"])
    }

    /// Text whose every scalar stands alone in one cell is wrapped from its bytes; it must give
    /// the lines that measuring each line gives: runs of spaces and spaces at either end, words
    /// wider than the line (cut between characters of two and three bytes), at every width. The
    /// review's table writes them indented as bytes (`appendWrapped`): the same lines.
    @Test func textOfCharactersOfOneCellWrapsAsMeasured() {
        let alone: [Unicode.Scalar] = [" ", " ", " ", "a", "3", ":", "→", "é", "█"]
        // And, in one text in ten, one that is not (measured as before).
        let others: [Unicode.Scalar] = ["\u{301}", "日", "\u{200D}", "\u{7}", "🧘", "\u{7F}", "\u{9B}"]
        var random = SeededRandom(seed: 13)
        for round in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...24, using: &random) { text.unicodeScalars.append(alone.randomElement(using: &random)!) }
            if round % 10 == 0 { text.unicodeScalars.append(others.randomElement(using: &random)!) }
            let width = Int.random(in: 1...8, using: &random)
            let measured = TextLayout.wrapMeasuring(text, width: width)
            #expect(TextLayout.wrap(text, width: width) == measured, "\(width): \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            var indented: [UInt8] = Array("kept ".utf8)
            var copy = text
            copy.withUTF8 { TextLayout.appendWrapped($0, width: width, indent: 2, to: &indented) }
            #expect(String(decoding: indented, as: UTF8.self) == "kept " + measured.map { "  \($0)\n" }.joined(), "\(width): \(text)")
        }
    }
}
