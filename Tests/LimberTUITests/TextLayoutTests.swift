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

    /// Text whose every scalar stands alone is split at its space bytes; it must give the words
    /// splitting at space characters gives, runs of spaces and spaces at either end included.
    @Test func wordsAreSplitAtSpacesAsCharactersAre() {
        let scalars: [Unicode.Scalar] = [" ", " ", "a", "3", ":", "→", "é", "█", "\u{301}", "日", "\u{200D}", "\u{7}"]
        var random = SeededRandom(seed: 13)
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &random) { text.unicodeScalars.append(scalars.randomElement(using: &random)!) }
            #expect(TextLayout.words(text) == text.split(separator: " "), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
