import CSV
import Foundation
import LimberCore
import LimberReport
import LimberTestSupport
import Testing

@Suite("The review as CSV")
struct ReviewCSVTests {
    @Test("one row per step result, read back by CSV.swift's reader to the same values")
    func roundTrip() throws {
        let review = ReviewFixture.review()
        let text = String(decoding: try ReviewCSV.render([review]), as: UTF8.self)
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        #expect(reader.headerRow == ReviewCSV.columns)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        let steps = review.sessions.flatMap { session in session.steps.map { (session, $0) } }
        #expect(rows.count == steps.count)
        #expect(rows.count == 3 + 2 + 4 + 3 + 3 + 1, "every step of the fixture, the replayed set twice")
        let partial = try #require(rows.first { $0[2] == "2026-02-04" && $0[12] == "partial" })
        #expect(partial[0] == "Sam Lee" && partial[4] == "partial" && partial[5] == "a" && partial[9] == "2")
        #expect(partial[10] == "30" && partial[11] == "12")
        #expect(rows.allSatisfy { $0.count == ReviewCSV.columns.count })
    }

    @Test("a hostile name keeps its commas, quotes and line breaks, cannot run as a formula, and shows control characters")
    func hostileName() throws {
        var log = ReviewFixture.contents
        log.profileChanges[0].name = "=HYPERLINK(\"x\"), \"Sam\"\nLee\u{1B}[2J"
        let text = String(decoding: try ReviewCSV.render([ReviewFixture.review(log)]), as: UTF8.self)
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        let row = try #require(reader.next())
        #expect(row[0] == "'=HYPERLINK(\"x\"), \"Sam\"\\u{A}Lee\\u{1B}[2J")
        #expect(!text.contains("\u{1B}"))
    }
}
