import Foundation
import LimberCore
import LimberStore
import Testing

@Suite("Contract: merging an export")
struct MergeContract {
    @Test("importing the same export twice adds nothing the second time", arguments: StoreUnderTest.allCases)
    func twice(_ kind: StoreUnderTest) throws {
        try StoreUnderTest.sqliteInMemory.withStore { source throws in
            try Sample.fill(source, days: 5)
            let export = try source.exportJSONLines(exportedAt: Sample.morning)
            try kind.withStore { target throws in
                _ = try target.merge(LogArchive.decode(export, path: "sam.jsonl"))
                let second = try target.merge(LogArchive.decode(export, path: "sam.jsonl"))
                #expect(second.addedNothing)
                #expect(second.alreadyPresent == 5 + 15 + 5 + 1 + 1 + 1)
                #expect(try target.contents() == source.contents())
            }
        }
    }

    @Test("an import adds to the sessions already there", arguments: StoreUnderTest.allCases)
    func addsToExisting(_ kind: StoreUnderTest) throws {
        try StoreUnderTest.sqliteInMemory.withStore { source throws in
            try Sample.fill(source, days: 2)
            try kind.withStore { target throws in
                _ = try target.beginSession(day: "2020-06-01", plannedRoutines: [], startedAt: Sample.morning)
                _ = try target.merge(source.contents())
                #expect(try target.sessions(from: "2000-01-01", through: "2100-01-01").count == 3)
            }
        }
    }

    @Test("profile changes from the file join the history; the newest stays in force", arguments: StoreUnderTest.allCases)
    func profileChangesJoinHistory(_ kind: StoreUnderTest) throws {
        try kind.withStore { target throws in
            let current = Profile(day: "2024-05-01", name: "Sam", dailyMinutes: 25, updatedAt: Sample.at(60))
            try target.saveProfile(current)
            let older = Profile(day: "2024-05-01", name: "Sam", dailyMinutes: 10, updatedAt: Sample.morning)
            let summary = try target.merge(LogContents(profileChanges: [older]))
            #expect(summary.profileChangesAdded == 1)
            #expect(try target.profile() == current)
            #expect(try target.profileHistory().changes == [older, current])
        }
    }
}
