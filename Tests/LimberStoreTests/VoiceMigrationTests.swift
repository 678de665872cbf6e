import Foundation
@testable import LimberStore
import LimberCore
import Testing

@Suite("The voice migration")
struct VoiceMigrationTests {
    @Test("a log from before the voice setting reads its changes as voice off, untouched, and keeps them when written to")
    func olderChangesAreOff() throws {
        try withTemporaryHome { home in
            let before = try writeOlderLog(in: home, upTo: LogMigrations.screening, sql: """
                INSERT INTO profile_change (id, day, flagged_issues, conditions, daily_minutes, equipment, rest_days, updated_at)
                VALUES ('a', '2024-05-01', '[]', '[]', 30, '[]', '[]', '2024-05-01T08:00:00.000Z')
                """)
            let reader = try #require(try LogOpening.forReading(home: home))
            #expect(try reader.profile()?.speaks == false)
            #expect(try Data(contentsOf: logFile(in: home)) == before, "reading migrates a private copy, never the log")

            let store = try LogOpening.forWriting(home: home)
            var edit = ProfileEdit()
            edit.voice = true
            try store.saveProfile(edit.applied(to: try store.profile(), day: "2024-05-02", at: Date(timeIntervalSince1970: 1_714_636_800)))
            let history = try store.profileHistory()
            #expect(history.changes.map(\.voice) == [nil, true] && history.current?.dailyMinutes == 30)
        }
    }
}
