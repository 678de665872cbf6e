import Foundation
@testable import LimberStore
import LimberCore
import Testing

@Suite("The second migration")
struct SecondMigrationTests {
    @Test("a log of the first migration is read through a migrated copy, and keeps its one profile as the first change when written to")
    func keepsTheFirstProfile() throws {
        try withTemporaryHome { home in
            let before = try writeOlderLog(in: home, upTo: LogMigrations.first, sql: """
                INSERT INTO profile (name, flagged_issues, daily_minutes, equipment, rest_days, updated_at)
                VALUES ('Sam', '["chronic-stress"]', 30, '["bar"]', '["sat"]', '2024-05-01T08:00:00.000Z')
                """)
            let reader = try #require(try LogOpening.forReading(home: home))
            #expect(try reader.profile()?.flaggedIssues.map(\.issue) == ["chronic-stress"])
            #expect(try Data(contentsOf: logFile(in: home)) == before, "reading migrates a private copy, never the log")

            let store = try LogOpening.forWriting(home: home)
            let profile = try #require(try store.profile())
            #expect(profile.day == "2024-05-01" && profile.name == "Sam" && profile.dailyMinutes == 30)
            #expect(profile.flaggedIssues == [FlaggedIssue(issue: "chronic-stress", since: "2024-05-01")])
            #expect(profile.equipment == ["bar"] && profile.restDays == [.sat] && profile.conditions.isEmpty)
            #expect(try store.profileHistory().changes.count == 1)
        }
    }
}
