import Foundation
import LimberCore
@testable import LimberStore
import LimberTestSupport
import Testing

/// The texts a review's read shares down a column (RecurringValues): whatever shares a slot, and
/// however often, each value comes back as a fresh String, choice or instant would.
@Suite("Recurring values shared down a column")
struct RecurringValuesTests {
    /// Many more texts than a column's slots, some of one length, the empty text, the longest kept
    /// and one longer, a NUL, non-ASCII and ill-formed UTF-8.
    static let texts: [[UInt8]] = (0..<200).map { Array("routine-\($0)".utf8) }
        + [[], Array("é".utf8), Array(repeating: UInt8(ascii: "x"), count: 48), Array(repeating: UInt8(ascii: "y"), count: 49),
           [0x61, 0x00, 0x62], [0xFF, 0x41], [0xE2, 0x86]]

    @Test("each text comes back as a fresh String of its bytes would, read in any order, column by column")
    func textsComeBackExactly() {
        let recurring = RecurringValues()
        var random = SeededRandom(seed: 7)
        var wrong: [String] = []
        for _ in 0..<20_000 {
            let bytes = Self.texts[Int.random(in: 0..<Self.texts.count, using: &random)]
            let column = Int.random(in: 0..<20, using: &random)
            let text = bytes.withUnsafeBufferPointer { recurring.text($0, column: column) }
            if Array(text.utf8) != Array(String(decoding: bytes, as: UTF8.self).utf8) { wrong.append(text) }
        }
        #expect(wrong.isEmpty)
    }

    @Test("a choice is the case its text names, after its slot held other texts; a text naming none is nil")
    func choicesFollowTheirText() {
        let recurring = RecurringValues()
        var random = SeededRandom(seed: 11)
        let names = StepStatus.allCases.map(\.rawValue) + ["sideways", "Done", ""] + Self.texts.prefix(40).map { String(decoding: $0, as: UTF8.self) }
        var wrong: [String] = []
        for _ in 0..<20_000 {
            let name = names[Int.random(in: 0..<names.count, using: &random)]
            let choice: StepStatus? = Array(name.utf8).withUnsafeBufferPointer { recurring.choice($0, column: 9) }
            if choice != StepStatus(rawValue: name) { wrong.append(name) }
        }
        #expect(wrong.isEmpty)
    }

    @Test("an instant is the same whichever day was read before it")
    func instantsAcrossDays() {
        let recurring = RecurringValues()
        let texts = [
            "2014-01-01T09:00:00.000Z", "2014-01-01T23:59:59.999Z", "2014-01-02T00:00:00.000Z", "2014-01-01T09:00:00.000Z",
            "1969-12-31T23:59:59.999Z", "2014-13-01T00:00:00.000Z", "2014-01-01T24:00:00.000Z", "2014-01-01 09:00:00.000Z",
            "0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "2014-01-01T09:00:00.000Z",
        ]
        for text in texts {
            let instant = Array(text.utf8).withUnsafeBufferPointer { recurring.instant($0) }
            #expect(instant == LogTime.date(text), "\(text)")
        }
    }
}
