import Foundation
@testable import LimberCore
import LimberTestSupport
import Testing

@Suite("Times and days")
struct TimeTests {
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
        #expect(LocalDay(containing: lateEvening, in: TimeZone(identifier: "UTC")!) == "2024-05-01")
        #expect(LocalDay(containing: lateEvening, in: TimeZone(identifier: "Europe/London")!) == "2024-05-02")
        #expect(LocalDay("2024-03-01").adding(days: -1) == "2024-02-29")
        #expect(LocalDay("2024-12-31").adding(days: 1) == "2025-01-01")
    }

    @Test("days and instants worked out by arithmetic agree with Foundation's calendar, 1583 to 9999 and across 1583")
    func arithmeticAgreesWithTheCalendar() throws {
        let utc = TimeZone(identifier: "UTC")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        func written(_ date: Date) -> String {
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.000Z", parts.year!, parts.month!, parts.day!, parts.hour!,
                          parts.minute!, parts.second!)
        }
        var random = SeededRandom(seed: 14)
        // From 1583-01-02 to 9999-12-30, in whole milliseconds.
        for _ in 0..<3000 {
            let seconds = Int64.random(in: -12_234_000_000...253_402_000_000, using: &random)
            let milliseconds = Int64.random(in: 0...999, using: &random)
            let instant = Date(timeIntervalSince1970: Double(seconds) + Double(milliseconds) / 1000)
            let whole = Date(timeIntervalSince1970: Double(seconds))
            let expected = String(written(whole).dropLast(4)) + CivilDays.padded(Int(milliseconds), 3) + "Z"
            #expect(LogTime.text(instant) == expected)
            #expect(LogTime.date(expected).map(LogTime.text) == expected)
            let day = LocalDay(containing: instant, in: utc)
            #expect(day.text == String(expected.prefix(10)) && LocalDay(day.text) == day)
            let offset = Int.random(in: -800...800, using: &random)
            let later = LocalDay(containing: calendar.date(byAdding: .day, value: offset, to: whole)!, in: utc)
            if calendar.component(.year, from: calendar.date(byAdding: .day, value: offset, to: whole)!) >= 1583 {
                #expect(day.adding(days: offset) == later, "\(day) + \(offset)")
            }
        }
        // Across the first year worked out by arithmetic, the calendar's answer stands.
        let first: LocalDay = "1583-01-01"
        let before = LocalDay(containing: calendar.date(byAdding: .day, value: -1, to: calendar.date(from: DateComponents(year: 1583, month: 1, day: 1))!)!, in: utc)
        #expect(first.adding(days: -1) == before && before.adding(days: 1) == first)
        #expect(LocalDay("2000-02-28").adding(days: 1) == "2000-02-29" && LocalDay("2100-02-28").adding(days: 1) == "2100-03-01")
    }

    @Test("the day of an instant, worked out from the zone's offset, is the calendar's in zones of odd offsets, at midnight and across clock changes",
          arguments: ["Asia/Kathmandu", "Pacific/Chatham", "America/St_Johns", "Pacific/Kiritimati", "Pacific/Pago_Pago",
                      "Africa/Monrovia", "Europe/Amsterdam", "Australia/Lord_Howe", "America/New_York", "Europe/London"])
    func dayInZone(identifier: String) throws {
        let zone = try #require(TimeZone(identifier: identifier))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var random = SeededRandom(seed: 15)
        // Instants from 1900 to 2100, and each side of a local midnight and of the offset's changes.
        var instants = (0..<400).map { _ in Date(timeIntervalSince1970: Double(Int64.random(in: -2_208_988_800...4_102_444_800, using: &random))) }
        for instant in instants.prefix(100) {
            let midnight = calendar.startOfDay(for: instant)
            instants += [midnight, midnight.addingTimeInterval(-0.001), midnight.addingTimeInterval(0.001)]
            if let change = zone.nextDaylightSavingTimeTransition(after: instant) {
                instants += [change, change.addingTimeInterval(-1), change.addingTimeInterval(1)]
            }
        }
        for instant in instants {
            let parts = calendar.dateComponents([.year, .month, .day], from: instant)
            let expected = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
            #expect(LocalDay(containing: instant, in: zone).text == expected, "\(instant) in \(identifier)")
        }
    }

    @Test("text that is not a real day is not a day", arguments: ["2023-02-29", "1900-02-29", "2100-02-29", "2024-02-30", "2024-00-10", "2024-13-01", "2024-05-00", "2024-05-32", "2024-05-+1", "2024-5-01", "24-05-01", "2024-05-01T", ""])
    func notADay(text: String) {
        #expect(LocalDay(text) == nil)
    }

    @Test("LIMBER_NOW pins the instant a command starts at; time then moves on from it")
    func pinnedClock() throws {
        let monotonic = ManualClock()
        let clock = WallClock(
            startingAt: try #require(WallClock.parse("2026-03-01T23:59:58+08:00")),
            timeZone: TimeZone(identifier: "Australia/Perth")!, monotonic: monotonic)
        #expect(LogTime.text(clock.now()) == "2026-03-01T15:59:58.000Z")
        #expect(clock.today() == "2026-03-01")
        monotonic.advance(seconds: 3)
        #expect(LogTime.text(clock.now()) == "2026-03-01T16:00:01.000Z")
        #expect(clock.today() == "2026-03-02")
        #expect(WallClock.parse("2026-03-01T08:00:00.250Z") != nil)
    }

    @Test("LIMBER_NOW that is not an instant is refused with the form it needs", arguments: ["2026-03-01", "tomorrow", "2026-03-01T08:00:00"])
    func badPinnedClock(text: String) {
        #expect(throws: PinnedTimeError(text: text)) { try WallClock.starting(pinned: text) }
        #expect(PinnedTimeError(text: text).description.contains("such as 2026-03-01T08:00:00Z"))
    }
}
