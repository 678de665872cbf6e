import Foundation
import LimberCore
import LimberStore
import Testing

@Suite("Contract: self-reports and the profile")
struct SelfReportAndProfileContract {
    @Test("every kind of self-report is kept with its note, newest first", arguments: StoreUnderTest.allCases)
    func everyKind(_ kind: StoreUnderTest) throws {
        try kind.withStore { store throws in
            try store.record(.crack(at: Sample.morning, note: "after the drive"))
            try store.record(.activity(.walk, minutes: 30, at: Sample.at(60)))
            try store.record(.pain(4, at: Sample.at(120)))
            try store.record(.stiffness(minutes: 40, at: Sample.at(180)))
            try store.record(.symptom("night-pain", at: Sample.at(240)))

            let day = LocalDay(containing: Sample.morning)
            let reports = try store.selfReports(from: day, through: day)
            #expect(reports.map(\.kind) == [.symptom, .stiffness, .pain, .activity, .crack])
            #expect(reports.last?.note == "after the drive")
            #expect(reports[3].activity == .walk && reports[3].minutes == 30)
            #expect(reports[1].minutes == 40)
            #expect(reports[0].symptom == "night-pain")
        }
    }

    @Test("symptoms are read however old they are, and only symptoms up to the day asked", arguments: StoreUnderTest.allCases)
    func symptomsOfAnyAge(_ kind: StoreUnderTest) throws {
        try kind.withStore { store throws in
            let yearsAgo = Sample.at(-3 * 365 * 86_400)
            try store.record(.symptom("fever", at: yearsAgo))
            try store.record(.pain(6, at: Sample.morning))
            try store.record(.symptom("night-pain", at: Sample.at(3600)))
            try store.record(.symptom("saddle-numbness", at: Sample.at(2 * 86_400)))

            let day = LocalDay(containing: Sample.morning)
            #expect(try store.symptomReports(through: day).map(\.symptom) == ["night-pain", "fever"])
            #expect(try store.symptomReports(through: LocalDay(containing: yearsAgo)).map(\.symptom) == ["fever"])
        }
    }

    @Test("self-reports outside the limits are refused", arguments: StoreUnderTest.allCases)
    func limits(_ kind: StoreUnderTest) throws {
        try kind.withStore { store throws in
            #expect(throws: LogStoreError.invalidRecord("pain 11 is not between 0 and 10")) {
                try store.record(.pain(11, at: Sample.morning))
            }
            #expect(throws: LogStoreError.invalidRecord("minutes 0 is not between 1 and 600")) {
                try store.record(.stiffness(minutes: 0, at: Sample.morning))
            }
            #expect(throws: LogStoreError.invalidRecord("minutes 601 is not between 1 and 600")) {
                try store.record(.activity(.swim, minutes: 601, at: Sample.morning))
            }
            #expect(throws: LogStoreError.invalidRecord("the note has 10001 characters; at most 10000 are kept")) {
                try store.record(.crack(at: Sample.morning, note: String(repeating: "é", count: 10_001)))
            }
            #expect(try store.selfReports(from: "2000-01-01", through: "2100-01-01").isEmpty)
        }
    }

    @Test("each saved profile is kept: the newest is in force, and each day reads the one it had", arguments: StoreUnderTest.allCases)
    func profile(_ kind: StoreUnderTest) throws {
        try kind.withStore { store throws in
            let first = Profile(
                day: "2024-05-01", name: "Sam", flaggedIssues: [FlaggedIssue(issue: "prolonged-sitting", since: "2024-05-01")],
                updatedAt: Sample.morning)
            try store.saveProfile(first)
            let changed = Profile(
                day: "2024-05-03", name: "Sam",
                flaggedIssues: [FlaggedIssue(issue: "prolonged-sitting", since: "2024-05-01"), FlaggedIssue(issue: "chronic-stress", since: "2024-05-03")],
                conditions: ["knee-problem"], weakerSide: .left, dailyMinutes: 20, equipment: ["mat", "bar"],
                restDays: [.sat, .sun], updatedAt: Sample.at(2 * 86_400))
            try store.saveProfile(changed)
            let history = try store.profileHistory()
            #expect(try store.profile() == changed)
            #expect(history.changes == [first, changed])
            #expect(history.on("2024-04-30") == nil)
            #expect(history.on("2024-05-02") == first)
            #expect(history.on("2024-05-03") == changed)
        }
    }
}
