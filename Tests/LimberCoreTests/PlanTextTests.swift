import Foundation
import Testing
@testable import LimberCore

@Suite("today and plan as text")
struct PlanTextTests {
    @Test("a day: its date and weekday, minutes planned of the budget, a line per routine with its reason, then warnings")
    func day() {
        var profile = DoseProgressionTests.profile
        profile.dailyMinutes = 10
        let plan = Scheduler(
            library: DoseProgressionTests.library, profiles: ProfileHistory([profile]), sessions: [], selfReports: []
        ).plan(for: DoseProgressionTests.first)
        #expect(PlanText.lines(plan) == [
            "2026-03-02 mon: 9 of 10 min",
            "  1. Cat-camel (mobility, 24 s): opens the session gently",
            "  2. Easy stretch (stretch, 3 min): targets front-back imbalance, not worked yesterday",
            "  3. Easy walk (walk, 5 min): fills the time you have",
            "  4. Cyclic sighing (breathing, 1 min): ends the session calmly with slow breathing",
        ])
        let unset = Scheduler(library: DoseProgressionTests.library, profiles: ProfileHistory([]), sessions: [], selfReports: [])
            .plan(for: DoseProgressionTests.first)
        #expect(PlanText.lines(unset).last == "  ! " + ProfileText.howToSet)
        let flag = SelfReport(
            day: DoseProgressionTests.first, recordedAt: Date(timeIntervalSince1970: 1_772_438_400), kind: .symptom,
            symptom: ShippedLibraryTests.library.safety.redFlags[0].id)
        let stopped = Scheduler(library: DoseProgressionTests.library, profiles: ProfileHistory([profile]), sessions: [], selfReports: [flag])
            .plan(for: DoseProgressionTests.first)
        #expect(PlanText.lines(stopped).first == "2026-03-02 mon (no exercise)")
        #expect(PlanText.lines(stopped).count == 2 && PlanText.lines(stopped)[1].hasPrefix("  ! A warning sign was reported ("))
    }
}
