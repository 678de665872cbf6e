import Foundation
import Testing
@testable import LimberCore

/// Pain guides the dose: the traffic light, and the gentle days after too much pain or a flare-up.
struct GentleDayTests {
    static let utc = TimeZone(identifier: "UTC")!
    static let today: LocalDay = "2026-03-10"

    /// 08:00 UTC `daysAgo` days before today.
    static func at(_ daysAgo: Int) -> Date {
        Date(timeIntervalSince1970: 1_773_129_600 - Double(daysAgo) * 86_400)
    }

    static func session(_ daysAgo: Int, before: Int? = nil, after: Int?) -> SessionRecord {
        SessionRecord(
            day: LocalDay(containing: at(daysAgo), in: utc), plannedRoutines: ["cat-camel"], startedAt: at(daysAgo),
            status: .completed, painBefore: before, painAfter: after)
    }

    @Test(arguments: [(0, PainZone.fine), (3, .fine), (4, .acceptable), (5, .acceptable), (6, .tooMuch), (10, .tooMuch)])
    func theTrafficLight(pain: Int, zone: PainZone) {
        #expect(PainZone(pain) == zone)
    }

    @Test func theDaysAreTheTestsOwn() {
        #expect(LocalDay(containing: Self.at(0), in: Self.utc) == Self.today)
    }

    @Test(arguments: [(0, true), (2, true), (3, false)])
    func aFlareUpKeepsThreeDaysGentle(daysAgo: Int, gentle: Bool) {
        let flare = SelfReport(day: LocalDay(containing: Self.at(daysAgo), in: Self.utc), recordedAt: Self.at(daysAgo), kind: .flare)
        let reason = GentleDay.reason(on: Self.today, sessions: [], reports: [flare])
        #expect(reason == (gentle ? "you logged a flare-up on \(flare.day)" : nil))
    }

    @Test(arguments: [(5, nil), (6, "your pain reached 6/10 around your last session"),
                      (7, "your pain reached 7/10 around your last session")] as [(Int, String?)])
    func tooMuchPainAtTheLastSessionMakesTheNextGentle(pain: Int, reason: String?) {
        #expect(GentleDay.reason(on: Self.today, sessions: [Self.session(1, after: pain)], reports: []) == reason)
        #expect(GentleDay.reason(on: Self.today, sessions: [Self.session(1, before: pain, after: 2)], reports: []) == reason)
    }

    @Test func onlyTheLastSessionCounts() {
        #expect(GentleDay.reason(on: Self.today, sessions: [Self.session(2, after: 8), Self.session(1, after: 2)], reports: []) == nil)
        #expect(GentleDay.reason(on: Self.today, sessions: [Self.session(0, after: 8)], reports: []) == nil, "not today's own")
    }

    @Test(arguments: [(3, false), (4, false), (5, true), (6, true)])
    func acceptablePainMustSettleByTheNextMorning(nextMorning: Int, gentle: Bool) {
        // Pain 5 after the session two days ago; the pain logged the next morning.
        let morning = SelfReport.pain(nextMorning, at: Self.at(1), in: Self.utc)
        let reason = GentleDay.reason(on: Self.today, sessions: [Self.session(2, after: 5)], reports: [morning])
        #expect(reason == (gentle ? "your pain was 5/10 after your last session and had not settled by the next morning" : nil))
    }
}
