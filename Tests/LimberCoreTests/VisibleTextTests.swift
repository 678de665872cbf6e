import Foundation
import Testing
@testable import LimberCore

/// Control characters from data are shown as visible, harmless text, and only they.
struct VisibleTextTests {
    @Test func everyC0ControlDelAndC1ControlIsWrittenAsItsCodePoint() {
        #expect(VisibleText.of("\u{1B}]0;pwned\u{7}") == "\\u{1B}]0;pwned\\u{7}")
        #expect(VisibleText.of("a\rb\u{8}c\nd\te\u{0}") == "a\\u{D}b\\u{8}c\\u{A}d\\u{9}e\\u{0}")
        #expect(VisibleText.of("\u{7F}\u{80}\u{9B}2J\u{9F}") == "\\u{7F}\\u{80}\\u{9B}2J\\u{9F}")
        // "\r\n" is one Character in Swift: both of its scalars are shown.
        #expect(VisibleText.of("x\r\ny") == "x\\u{D}\\u{A}y")
        for scalar in (0...0x9F).compactMap(Unicode.Scalar.init) where VisibleText.isControl(scalar) {
            #expect(!VisibleText.of("a\(scalar)b").unicodeScalars.contains(where: VisibleText.isControl))
        }
    }

    @Test func bidirectionalControlsAreWrittenAsTheirCodePoints() {
        // "Pain 2" that would show as "Pain 8" reversed around an override, and the isolates.
        #expect(VisibleText.of("note \u{202E}2 niap\u{202C}") == "note \\u{202E}2 niap\\u{202C}")
        #expect(VisibleText.of("\u{2066}a\u{2069}\u{200F}\u{61C}") == "\\u{2066}a\\u{2069}\\u{200F}\\u{61C}")
        #expect(VisibleText.containsControl("x\u{202E}"))
        // Other characters written with the same lead bytes are left alone.
        #expect(VisibleText.of("“quotes” — ‘and’ … ؛") == "“quotes” — ‘and’ … ؛")
    }

    @Test func otherTextIsLeftAsItIs() {
        for text in ["Kneeling hip flexor stretch", "Ça va — très bien…", "\u{A0}non-breaking", "気持ち", "👍🏽", "e\u{301}", ""] {
            #expect(VisibleText.of(text) == text)
            #expect(!VisibleText.containsControl(text))
        }
    }

    @Test func linesKeepTheirBreaksAndEscapeTheRest() {
        #expect(VisibleText.lines("Error: unknown '\u{1B}[2J'\nUsage: limber") == "Error: unknown '\\u{1B}[2J'\nUsage: limber")
    }

    @Test func jsonWritesDelAndC1AsEscapesThatReadBackTheSame() throws {
        let note = "\u{1B}[2J\u{7F}\u{9B}31m é"
        let encoded = try JSONEncoder().encode([note])
        let escaped = VisibleText.escapingJSONControls(encoded)
        #expect(!String(decoding: escaped, as: UTF8.self).unicodeScalars.contains(where: VisibleText.isControl))
        #expect(String(decoding: escaped, as: UTF8.self) == #"["\u001b[2J\u007F\u009B31m é"]"#)
        #expect(try JSONDecoder().decode([String].self, from: escaped) == [note])
    }

    /// Controls far apart in a long text, among many characters sharing their lead byte: each
    /// escaped, everything between copied as it is.
    @Test func jsonEscapesControlsFarApartInALongText() {
        let text = "\u{9B}" + String(repeating: "°", count: 10_000) + "\u{7F}" + String(repeating: "a·", count: 5_000)
            + "\u{85}\u{9F}" + String(repeating: "日", count: 3_000) + "\u{7F}"
        let expected = text.unicodeScalars.map {
            (0x7F...0x9F).contains($0.value) ? "\\u00" + String($0.value, radix: 16, uppercase: true) : String($0)
        }.joined()
        #expect(VisibleText.escapingJSONControls(Data(text.utf8)) == Data(expected.utf8))
        #expect(VisibleText.escapingJSONControls(Data()) == Data())
    }

    @Test func jsonEscapesOnlyControlsAmongOtherCharactersOfTheSameLeadByte() throws {
        // "°" and "·" begin with 0xC2 too, and stay as they are; controls at either end are escaped.
        #expect(VisibleText.escapingJSONControls(Data("°·".utf8)) == Data("°·".utf8))
        let escaped = VisibleText.escapingJSONControls(Data("\u{80}20° \u{7F}·\u{9F}".utf8))
        #expect(String(decoding: escaped, as: UTF8.self) == #"\u008020° \u007F·\u009F"#)
    }
}

/// `--plain` narration prints names and cues line by line: never a raw control character.
struct PlainNarrationControlCharacterTests {
    @Test func namesAndCuesAreNarratedWithTheirControlsVisible() {
        let routine = Routine(id: "r", name: "Rolls\u{1B}]0;x\u{7}", family: .mobility, steps: [
            Step(name: "Roll\r", kind: .hold, load: .seconds(20), cue: "Slowly\u{9B}2J."),
        ])
        var state = SessionState(plan: SessionPlan(routines: [routine]))
        _ = state.reduce(.start(.seconds(0)))
        #expect(PlainNarration.lines(from: nil, at: .seconds(0), to: state, at: .seconds(0)) == [
            "== Rolls\\u{1B}]0;x\\u{7} (20 s) ==",
            "Hold: Roll\\u{D}. 20 s. Slowly\\u{9B}2J.",
        ])
    }
}
