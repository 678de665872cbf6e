import Foundation
import LimberTestSupport
import Testing
@testable import LimberCore

/// Every `--json` output is written by PrettyJSON: it must be JSONEncoder's bytes exactly, for
/// the review and for every shape of value a command may write.
struct PrettyJSONTests {
    static func both<Value: Encodable>(_ value: Value) throws -> (pretty: String, foundation: String) {
        (String(decoding: try PrettyJSON.encode(value), as: UTF8.self),
         String(decoding: try PrettyJSON.foundationEncoder().encode(value), as: UTF8.self))
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

    /// A streamed list (a review's patients, each written on a core of its own and passed on to
    /// the output in turn), at any depth: the same bytes as the values written in place, empty
    /// lists and objects included, and passed on in parts, one at least for each item.
    @Test func streamedListsAreWrittenAsJSONEncoderWritesThem() throws {
        struct Holder: Encodable {
            var shapes = PrettyJSON.Streamed([Shapes(), Shapes()])
            var nested = [[PrettyJSON.Streamed([Unusual()])]]
            var empty = PrettyJSON.Streamed([Int]())
            var reviews = PrettyJSON.Streamed([ReviewFixture.review(), ReviewFixture.review(to: "2026-02-06"), ReviewFixture.review()])
        }
        let holder = Holder()
        let written = try Self.both(holder)
        #expect(written.pretty == written.foundation)
        var parts: [[UInt8]] = []
        try PrettyJSON.write(holder) { parts.append($0) }
        #expect(String(decoding: Array(parts.joined()), as: UTF8.self) == written.pretty)
        #expect(parts.count >= 2 + 1 + 3, "each streamed item is passed on as soon as it is written")
        // Something it does not know is still left to JSONEncoder, which writes the value.
        let data = ["data": PrettyJSON.Streamed([["bytes": Data([1, 2])]])]
        #expect(throws: PrettyJSON.Unsupported.self) { try PrettyJSON.encode(data) }
        let foundation = PrettyJSON.foundationEncoder()
        #expect(try foundation.encode(data) == foundation.encode(["data": [["bytes": Data([1, 2])]]]))
    }

    /// Text as hostile as a note or an imported record can be: quotes, backslashes, slashes,
    /// every C0 control, DEL and C1, a line separator, accents written both ways, wide and
    /// joined characters.
    static let hostile = "q\"/\\</script> " + String((0..<0x20).map { Character(Unicode.Scalar($0)!) })
        + "\u{7F}\u{9B}\u{2028} é e\u{301} 日本 🧘‍♀️"

    /// Sessions, their exercises and steps are written straight as bytes (`DirectJSON`): held
    /// here to their `Encodable` conformances through JSONEncoder, with every key set and every
    /// optional key left out, every status, effort and side, hostile text in every string,
    /// extreme numbers and instants, and empty lists.
    @Test func sessionsWrittenDirectlyAreWhatJSONEncoderWrites() throws {
        let review = ReviewFixture.review()
        var sessions: [ReviewSession] = []
        let exerciseStatuses: [ReviewExercise.Status] = [.done, .partial, .notDone]
        // Even places: every optional key set (the three efforts among them); odd: every one nil.
        for (index, status) in SessionStatus.allCases.enumerated() {
            let set = index % 2 == 0
            var session = review.sessions[index % review.sessions.count]
            session.status = status
            session.id = Self.hostile
            session.effort = set ? Effort.allCases[index / 2 % Effort.allCases.count] : nil
            session.endedAt = set ? Date(timeIntervalSince1970: 1e11 + 0.0015) : nil
            session.painBefore = set ? Int.max : nil
            session.painAfter = set ? Int.min : nil
            if index == 2 { session.startedAt = Date(timeIntervalSince1970: -86_400.999) }
            if index == 0 { session.exercises = [] }
            if index == 1 { session.steps = [] }
            for position in session.exercises.indices {
                session.exercises[position].routine = Self.hostile
                session.exercises[position].status = exerciseStatuses[position % exerciseStatuses.count]
                session.exercises[position].plannedSeconds = Int.max
                session.exercises[position].doneSeconds = Int.min
            }
            for position in session.steps.indices {
                session.steps[position].routine = Self.hostile
                session.steps[position].stepName = Self.hostile + "/"
                session.steps[position].side = set ? Side.allCases[position % Side.allCases.count] : nil
                session.steps[position].status = StepStatus.allCases[position % StepStatus.allCases.count]
                session.steps[position].stepIndex = -position
                session.steps[position].setNumber = Int.max - position
            }
            sessions.append(session)
        }
        let written = try Self.both(sessions)
        #expect(written.pretty == written.foundation)
        // A list this long is written in parts, on all cores, and joined.
        let long = (0..<PrettyJSON.Writer.longList / sessions.count + 1).flatMap { _ in sessions }
        let joined = try Self.both(long)
        #expect(joined.pretty == joined.foundation)
        let numbers = try Self.both(Array(-1...PrettyJSON.Writer.longList * 2))
        #expect(numbers.pretty == numbers.foundation)
        // And one long enough to fill several of the buffers it is written in.
        let many = try Self.both(Array(Int.max - PrettyJSON.Writer.partSize / 8...Int.max))
        #expect(many.pretty.utf8.count > 2 * PrettyJSON.Writer.partSize && many.pretty == many.foundation)
        // And within a review, where the rest is written through `Encodable`.
        var hostileReview = review
        hostileReview.sessions = sessions
        let whole = try Self.both(hostileReview)
        #expect(whole.pretty == whole.foundation)
    }

    /// The review's dated records are written straight as bytes too: held to JSONEncoder with
    /// every key set and every optional key left out, every kind, hostile notes and extreme
    /// numbers, in short lists and in one long enough to be written in parts.
    @Test func recordsWrittenDirectlyAreWhatJSONEncoderWrites() throws {
        var review = ReviewFixture.review()
        let day: LocalDay = "1969-12-31"
        review.pain = [PainPair(date: day, before: Int.min, after: Int.max), PainPair(date: day, before: nil, after: 0),
                       PainPair(date: day, before: -1, after: nil), PainPair(date: day, before: nil, after: nil)]
        review.activities = ActivityKind.allCases.map { DatedMinutes(date: day, kind: $0, minutes: Int.min, note: Self.hostile) }
        review.stiffness = [DatedMinutes(date: day, kind: nil, minutes: Int.max, note: nil)]
        review.otherReports = SelfReportKind.allCases.enumerated().map { index, kind in
            DatedReport(date: day, kind: kind, pain: index % 2 == 0 ? Int.max : nil, note: index % 2 == 0 ? nil : Self.hostile)
        }
        review.painReports = [DatedReport(date: day, kind: .pain, pain: 0, note: "")]
        let whole = try Self.both(review)
        #expect(whole.pretty == whole.foundation)
        review.pain = (0..<PrettyJSON.Writer.longList / review.pain.count + 1).flatMap { _ in review.pain }
        let long = try Self.both(review)
        #expect(long.pretty == long.foundation)
    }

    /// A value that writes its own JSON is asked to, wherever it stands (in a list, a field, a
    /// list of lists): not encoded through `Encodable`.
    @Test func valuesThatWriteThemselvesAreAskedTo() throws {
        struct Marked: DirectJSON {
            enum CodingKeys: String, CodingKey { case by }
            func writeJSON(_ object: inout PrettyJSON.Fields<CodingKeys>) { object.add(.by, "writeJSON") }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode("Encodable", forKey: .by)
            }
        }
        struct Holder: Encodable {
            var one = Marked()
            var list = [Marked()]
            var lists = [[Marked(), Marked()]]
        }
        let text = String(decoding: try PrettyJSON.encode(Holder()), as: UTF8.self)
        #expect(text.components(separatedBy: "\"by\" : \"writeJSON\"").count - 1 == 4)
        #expect(!text.contains("Encodable"))
    }

    @Test func whatItDoesNotKnowIsLeftToJSONEncoder() {
        #expect(throws: PrettyJSON.Unsupported.self) { try PrettyJSON.encode(["data": Data([1])]) }
    }

    @Test func aNumberJSONCannotHoldIsRefused() {
        #expect(throws: EncodingError.self) { try PrettyJSON.encode([Double.nan]) }
    }
}
