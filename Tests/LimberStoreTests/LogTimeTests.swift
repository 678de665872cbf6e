import Foundation
import LimberCore
import Testing

@Suite("Times in the log")
struct LogTimeTests {
    @Test("instants are written to the millisecond and read back exactly")
    func roundTrip() throws {
        let instant = Date(timeIntervalSince1970: 1_714_550_400.1234)
        #expect(LogTime.text(instant) == "2024-05-01T08:00:00.123Z")
        let read = try #require(LogTime.date("2024-05-01T08:00:00.123Z"))
        #expect(LogTime.text(read) == "2024-05-01T08:00:00.123Z")
        #expect(LogTime.text(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59.500Z")
    }

    @Test("text that is not an instant is refused", arguments: [
        "2024-05-01", "2024-05-01T25:00:00.000Z", "2024-02-30T08:00:00.000Z", "2024-05-01 08:00:00.000Z", "yesterday",
    ])
    func notAnInstant(text: String) {
        #expect(LogTime.date(text) == nil)
    }

    @Test("days are the local calendar date")
    func days() {
        let lateEvening = Date(timeIntervalSince1970: 1_714_606_200)  // 2024-05-01 23:30 UTC
        #expect(LogTime.day(of: lateEvening, in: TimeZone(identifier: "UTC")!) == "2024-05-01")
        #expect(LogTime.day(of: lateEvening, in: TimeZone(identifier: "Europe/London")!) == "2024-05-02")
        #expect(LogTime.day("2024-03-01", adding: -1) == "2024-02-29")
        #expect(!LogTime.isDay("2023-02-29"))
    }
}
