import LimberTestSupport
import Testing

@testable import LimberTUI

/// `CharacterWidth.of` counts the scalars of text made only of scalars that stand alone in one
/// cell; it must give what measuring character by character gives, for any text.
struct CharacterWidthTests {
    /// Every scalar counted as one cell is one character of one cell, alone, between letters,
    /// and doubled: none joins its neighbours, none is wide or an emoji, none is a control.
    @Test func everyScalarCountedAsOneCellIsACharacterOfOneCell() {
        let counted = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter(CharacterWidth.standsAloneInOneCell)
        #expect(counted.count > 1000)
        for scalar in counted {
            let alone = String(scalar)
            #expect(CharacterWidth.measured(alone) == 1, "U+\(String(scalar.value, radix: 16))")
            #expect(("a" + alone + "b").count == 3, "U+\(String(scalar.value, radix: 16))")
            #expect((alone + alone).count == 2, "U+\(String(scalar.value, radix: 16))")
        }
    }

    /// Seeded random text mixing those scalars with ones that join, are wide or are controls.
    @Test func theCountAgreesWithMeasuringCharacterByCharacter() {
        let scalars: [Unicode.Scalar] = [
            "a", "Z", " ", "3", "-", ":", "→", "←", "é", "°", "·", "…", "—", "’", "▁", "█", "░", "●", "\u{AD}", "×",
            "\u{301}", "\u{308}", "\u{20D7}", "\u{FE0F}", "\u{200D}", "\u{200B}", "\u{202E}", "\u{2066}", "\u{7}", "\u{1B}",
            "\n", "\r", "\u{85}", "\u{7F}", "日", "語", "가", "\u{1100}", "\u{1161}", "\u{11A8}", "😀", "👍", "\u{1F3FD}",
            "\u{1F1EB}", "\u{1F1F7}", "⌚", "◽", "\u{0600}", "\u{0903}", "ﾃ", "！",
        ]
        var random = SeededRandom(seed: 13)
        for _ in 0..<5000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                text.unicodeScalars.append(scalars.randomElement(using: &random)!)
            }
            #expect(CharacterWidth.of(text) == CharacterWidth.measured(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func aReviewLineIsCountedByItsScalars() {
        #expect(CharacterWidth.of("2014-10-09 completed pain 3→2: cat-camel 2/2") == 44)
        #expect(CharacterWidth.of("e\u{301}→日") == 4)
        #expect(CharacterWidth.of("\u{1B}[2J") == 9)
    }
}
