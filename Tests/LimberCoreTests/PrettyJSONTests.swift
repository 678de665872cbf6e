import Foundation
import LimberTestSupport
import Testing
@testable import LimberCore

/// Every `--json` output is written by PrettyJSON: it must be JSONEncoder's bytes exactly, for
/// the review and for every shape of value a command may write.
struct PrettyJSONTests {
    static func both<Value: Encodable>(_ value: Value) throws -> (pretty: String, foundation: String) {
        (String(decoding: try PrettyJSON.encode(value, instant: LogTime.text), as: UTF8.self),
         String(decoding: try PrettyJSON.foundationEncoder(instant: LogTime.text).encode(value), as: UTF8.self))
    }

    struct Empty: Encodable {}

    struct Shapes: Encodable {
        var list: [Int] = []
        var object = Empty()
        var lists: [[Int]] = [[], [1, -2]]
        var rate: Double? = 3.0 / 7.0
        var whole = 1.0
        var tiny = 0.00001
        var huge = 1.2345678901234568e17
        var negativeZero = -0.0
        var single: Float = 0.1
        var text = "q\"/\\\n\r\t\u{8}\u{C}\u{1}\u{1F} é 日 \u{7F}\u{9B}\u{2028}"
        var absent: Int? = nil
        var flag = true
        var instant = Date(timeIntervalSince1970: 1_388_566_800.123)
        var day: LocalDay = "2014-01-01"
        var names = ["b": 2, "a": 1, "a_b": 3, "ab": 4]
        var address = URL(string: "https://example.org/a?b=c")!
        var small: UInt8 = 7
        var big = Int64.min
    }

    /// Writes a key twice, a null by hand, and a super-encoder: what synthesized code never does.
    struct Unusual: Encodable {
        enum Keys: String, CodingKey { case z, a, nested, list }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(1, forKey: .z)
            try container.encode("first", forKey: .a)
            try container.encode("second", forKey: .a)
            try container.encodeNil(forKey: .nested)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(true)
            try list.encodeNil()
            var inner = list.nestedContainer(keyedBy: Keys.self)
            try inner.encode([Int](), forKey: .z)
            try Shapes().encode(to: container.superEncoder())
            var again = encoder.container(keyedBy: Keys.self)
            try again.encode(2, forKey: .z)
        }
    }

    @Test func everyShapeIsWrittenAsJSONEncoderWritesIt() throws {
        for (pretty, foundation) in [try Self.both(Shapes()), try Self.both([Shapes(), Shapes()]), try Self.both(Unusual()),
                                     try Self.both(Empty()), try Self.both([Int]()), try Self.both("top"), try Self.both(2.5)] {
            #expect(pretty == foundation)
        }
    }

    @Test func aReviewIsWrittenAsJSONEncoderWritesIt() throws {
        let written = try Self.both([ReviewFixture.review(), ReviewFixture.review(to: "2026-02-06")])
        #expect(written.pretty == written.foundation)
    }

    /// Values written ahead (each patient of a review on its own core), put in at any depth:
    /// the same bytes as the values written in place, empty lists and objects included.
    @Test func valuesWrittenAheadAreWrittenAsJSONEncoderWritesThem() throws {
        func ahead<Value: Encodable>(_ value: Value) throws -> PrettyJSON.Written<Value> {
            try PrettyJSON.Written(value, instant: LogTime.text)
        }
        struct Holder: Encodable {
            var shapes: PrettyJSON.Written<Shapes>
            var nested: [[PrettyJSON.Written<Unusual>]]
            var empty: PrettyJSON.Written<[Int]>
            var review: [PrettyJSON.Written<PatientReview>]
        }
        let holder = Holder(
            shapes: try ahead(Shapes()), nested: [[try ahead(Unusual())]], empty: try ahead([]),
            review: [try ahead(ReviewFixture.review())])
        let written = try Self.both(holder)
        #expect(written.pretty == written.foundation)
        // Something it does not know is still left to JSONEncoder, which writes the value.
        let data = ["data": try ahead(["bytes": Data([1, 2])])]
        #expect(throws: PrettyJSON.Unsupported.self) { try PrettyJSON.encode(data, instant: LogTime.text) }
        let foundation = PrettyJSON.foundationEncoder(instant: LogTime.text)
        #expect(try foundation.encode(data) == foundation.encode(["data": ["bytes": Data([1, 2])]]))
    }

    @Test func whatItDoesNotKnowIsLeftToJSONEncoder() {
        #expect(throws: PrettyJSON.Unsupported.self) { try PrettyJSON.encode(["data": Data([1])], instant: LogTime.text) }
    }

    @Test func aNumberJSONCannotHoldIsRefused() {
        #expect(throws: EncodingError.self) { try PrettyJSON.encode([Double.nan], instant: LogTime.text) }
    }
}
