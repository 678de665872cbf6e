import Foundation
import Testing
@testable import LimberCore

/// The red-flag stop: from the day a red flag is reported until a clearance for it is recorded.
struct SafetyStopTests {
    static let utc = TimeZone(identifier: "UTC")!
    static let safety = SafetyCatalog(
        redFlags: [
            Symptom(id: "saddle-numbness", question: "New numbness?", advice: "Go now.", urgency: .emergency),
            Symptom(id: "fever", question: "A fever?", advice: "See your doctor today.", urgency: .urgent),
        ],
        assessmentPatterns: [Symptom(id: "recurring-tightness", question: "Keeps coming back?", advice: "Book one.")])

    /// 09:00 UTC on `day`, `minutes` later.
    static func at(_ day: LocalDay, _ minutes: Double = 0) -> Date {
        Date(timeIntervalSince1970: 1_772_442_000 + Double(daysFrom("2026-03-02", to: day)) * 86_400 + minutes * 60)
    }

    static func daysFrom(_ start: LocalDay, to day: LocalDay) -> Int {
        (0..<400).first { start.adding(days: $0) == day } ?? -(0..<400).first { day.adding(days: $0) == start }!
    }

    static func symptom(_ id: String, on day: LocalDay, _ minutes: Double = 0) -> SelfReport {
        .symptom(id, at: at(day, minutes), in: utc)
    }

    static func clearance(_ id: String, on day: LocalDay, _ minutes: Double = 0) -> Clearance {
        Clearance(symptom: id, by: "Dr Lee", at: at(day, minutes), in: utc)
    }

    static func stop(on day: LocalDay, reports: [SelfReport] = [], screenings: [Screening] = [], clearances: [Clearance] = [])
        -> [String]?
    {
        SafetyStop.on(day, reports: reports, screenings: screenings, clearances: clearances, safety: safety)?
            .flags.map { "\($0.symptom.id) since \($0.since)" }
    }

    @Test func aRedFlagStopsFromItsDayOnUntilItIsCleared() {
        let reports = [Self.symptom("saddle-numbness", on: "2026-03-02")]
        #expect(Self.stop(on: "2026-03-01", reports: reports) == nil, "not before it was reported")
        #expect(Self.stop(on: "2026-03-02", reports: reports) == ["saddle-numbness since 2026-03-02"])
        #expect(Self.stop(on: "2026-03-30", reports: reports) == ["saddle-numbness since 2026-03-02"], "weeks later, still")
        let cleared = [Self.clearance("saddle-numbness", on: "2026-03-04")]
        #expect(Self.stop(on: "2026-03-03", reports: reports, clearances: cleared) == ["saddle-numbness since 2026-03-02"],
                "a clearance counts from the day it is recorded")
        #expect(Self.stop(on: "2026-03-04", reports: reports, clearances: cleared) == nil)
        #expect(Self.stop(on: "2026-03-30", reports: reports, clearances: cleared) == nil)
    }

    @Test func aFlagReportedAgainAfterItsClearanceStopsAgain() {
        let reports = [Self.symptom("fever", on: "2026-03-02"), Self.symptom("fever", on: "2026-03-06", 1)]
        let cleared = [Self.clearance("fever", on: "2026-03-06")]
        #expect(Self.stop(on: "2026-03-05", reports: reports, clearances: cleared) == ["fever since 2026-03-02"])
        #expect(Self.stop(on: "2026-03-06", reports: reports, clearances: cleared) == ["fever since 2026-03-06"],
                "reported a minute after the clearance")
    }

    @Test func aClearanceLiftsOnlyItsOwnFlag() {
        let reports = [Self.symptom("fever", on: "2026-03-02"), Self.symptom("saddle-numbness", on: "2026-03-03")]
        let cleared = [Self.clearance("fever", on: "2026-03-04")]
        #expect(Self.stop(on: "2026-03-04", reports: reports, clearances: cleared) == ["saddle-numbness since 2026-03-03"])
        #expect(Self.stop(on: "2026-03-03", reports: reports) == ["saddle-numbness since 2026-03-03", "fever since 2026-03-02"],
                "in the clinic's order")
    }

    @Test func aScreeningAnsweredYesStopsLikeALoggedSymptomAndPatternsNeverStop() {
        let screening = Screening(symptoms: ["recurring-tightness", "fever"], at: Self.at("2026-03-02"), in: Self.utc)
        #expect(Self.stop(on: "2026-03-09", screenings: [screening]) == ["fever since 2026-03-02"])
        let patternOnly = Screening(symptoms: ["recurring-tightness"], at: Self.at("2026-03-02"), in: Self.utc)
        #expect(Self.stop(on: "2026-03-02", reports: [Self.symptom("recurring-tightness", on: "2026-03-02")],
                          screenings: [patternOnly]) == nil)
    }

    @Test func theAdviceNamesEachFlagAndHowToLiftTheStop() throws {
        let stop = try #require(SafetyStop.on(
            "2026-03-03", reports: [Self.symptom("fever", on: "2026-03-02")], screenings: [], clearances: [],
            safety: Self.safety))
        #expect(stop.advice == """
            You reported a warning sign, so Limber will not start a session until a professional has seen you about it.
              - fever (reported 2026-03-02): See your doctor today.
            Once you have been seen, your clinician (or you, on their word) can record it, for example:
              limber screen --cleared fever --by "Dr Lee, GP"
            If it was reported by mistake, tell your clinician.
            """)
    }

    @Test(arguments: [
        (nil, true), ("2026-03-09", false), ("2026-03-04", false), ("2026-03-03", true), ("2026-03-02", true),
    ] as [(LocalDay?, Bool)])
    func screeningIsDueAtTheFirstRunAndAfterAWeek(last: LocalDay?, due: Bool) {
        // On 2026-03-10: screened 6 days ago is not due; 7 (at the threshold) and 8 days ago are.
        let screenings = last.map { [Screening(symptoms: [], at: Self.at($0), in: Self.utc)] } ?? []
        #expect(screeningDue("2026-03-10", screenings) == due)
    }
}
